import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDbHandle } from "../../lib/server/db/create-prisma-client";
import { installJobQueue } from "../../lib/server/jobs/install-job-queue";
import { JOB_TABLE } from "../../lib/server/jobs/job-table";
import { applyMigrations } from "../../prisma/engine/apply-migrations";
import { provisionAppRole } from "./app-role";
import { startPgServer, type TPgServer } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The application's restricted role (app-role.ts): what every test and server function uses. */
    testDatabaseUrl: string | null;
    /** The owner (the superuser that created and migrated the database): for databases of a file's own. */
    testOwnerDatabaseUrl: string | null;
  }
}

let server: TPgServer | undefined;
let dbName: string | undefined;

/**
 * PostgreSQL run: one fresh database per test run, migrated once by its owner, dropped at the
 * end; the test files share it, as the application's restricted role, and keep apart through
 * unique factory data. PGlite run: each file migrates its
 * own in-memory database (use-test-db.ts).
 */
export async function setup(project: TestProject) {
  // The project's own `test.env` (vitest.config.ts), which reaches the test workers but not
  // this process: reading process.env here ran the "postgres" project on PGlite.
  if ((project.config.env?.TEST_DB_STORE ?? process.env.TEST_DB_STORE) !== "postgres") {
    project.provide("testDatabaseUrl", null);
    project.provide("testOwnerDatabaseUrl", null);
    return;
  }
  server = await startPgServer();
  dbName = `trach_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  const url = new URL(server.adminUrl);
  url.pathname = `/${dbName}`;
  const handle = createDbHandle({ kind: "postgres", url: url.toString() });
  await applyMigrations(handle.adapterFactory);
  await handle.close();
  // As `npm run db:migrate` does: pg-boss's schema and queues by the owner, before the grant.
  await installJobQueue(url.toString(), JOB_TABLE);
  project.provide("testDatabaseUrl", await provisionAppRole(url.toString()));
  project.provide("testOwnerDatabaseUrl", url.toString());
}

export async function teardown() {
  if (!server || !dbName) return;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  server.stop();
}
