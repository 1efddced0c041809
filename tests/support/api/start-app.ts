import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDbHandle, type TDbHandle } from "../../../lib/server/db/create-prisma-client";
import { setDbHandleForTests } from "../../../lib/server/db/prisma";
import { installJobQueue } from "../../../lib/server/jobs/install-job-queue";
import { JOB_TABLE } from "../../../lib/server/jobs/job-table";
import { applyMigrations } from "../../../prisma/engine/apply-migrations";
import { seedDemo } from "../../../prisma/seed/seed-demo";
import { provisionAppRole } from "../app-role";
import { startPgServer, type TPgServer } from "../postgres-server";
import { apiTestAccounts, type TApiRole, type TRefusedTokens } from "./api-roles";
import { checkContractCoverage } from "./contract-coverage";
import { mintRefusedTokens, mintToken } from "./mint-tokens";
import { startNextServer, type TNextServer } from "./next-server";

declare module "vitest" {
  export interface ProvidedContext {
    apiBaseUrl: string;
    apiDatabaseUrl: string;
    apiTokens: Record<TApiRole, string>;
    apiRefusedTokens: TRefusedTokens;
    apiCoverageDir: string;
    /** The checkout whose build is served: its manifest names the server actions' ids. */
    apiAppDir: string;
  }
}

/** The checkout whose production build is served; another one may be named to test a snapshot. */
const APP_DIR = process.env.API_TEST_APP_DIR ?? path.resolve(import.meta.dirname, "../../..");

let pgServer: TPgServer | undefined;
let dbName: string | undefined;
let handle: TDbHandle | undefined;
let app: TNextServer | undefined;
let coverageDir: string | undefined;

/**
 * Vitest globalSetup of the API project: a fresh PostgreSQL database with the demo data and
 * its signals (migrated and loaded by the owner; the server and the test files use the
 * application's restricted role), a token per role made by the token server function, and the production build
 * (`npx next build` must have run) started on a free port against that database. Teardown
 * checks that the run covered the whole contract, stops the server and drops the database.
 */
export async function setup(project: TestProject) {
  try {
    await start(project);
  } catch (e) {
    await teardown();
    throw e;
  }
}

async function start(project: TestProject) {
  pgServer = await startPgServer();
  dbName = `trach_api_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(`CREATE DATABASE "${dbName}"`);
  const url = new URL(pgServer.adminUrl);
  url.pathname = `/${dbName}`;
  const ownerUrl = url.toString();
  handle = createDbHandle({ kind: "postgres", url: ownerUrl });
  await applyMigrations(handle.adapterFactory);
  // As `npm run db:migrate` does: pg-boss's schema and queues by the owner, before the grant.
  await installJobQueue(ownerUrl, JOB_TABLE);
  // The server runs as the application's restricted role, as in production: rows only.
  const databaseUrl = await provisionAppRole(ownerUrl);
  const now = new Date();
  const demo = await seedDemo(handle.prisma, now);
  setDbHandleForTests(handle);
  // What `npm run db:seed` does after the demo: its signals, so that they can be listed and answered.
  const { backfillSignals } = await import("../../../lib/server/signals/backfill-signals");
  await backfillSignals(handle.prisma, now);
  const { seedEvaluations } = await import("../../../prisma/seed/evaluations");
  await seedEvaluations(handle, demo.evaluationWork);

  const tokens = {} as Record<TApiRole, string>;
  for (const [role, email] of Object.entries(apiTestAccounts))
    tokens[role as TApiRole] = await mintToken(email, `API tests (${role})`, now);
  const refused = await mintRefusedTokens(handle.prisma, now);

  // TRUST_PROXY: as behind a reverse proxy, so that a test can check the address an event records.
  app = await startNextServer(APP_DIR, {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "api-tests-secret-0123456789abcdef",
    DEMO_MODE: "false",
    TRUST_PROXY: "true",
  });
  coverageDir = mkdtempSync(path.join(os.tmpdir(), "trach-api-coverage-"));
  project.provide("apiBaseUrl", app.baseUrl);
  project.provide("apiDatabaseUrl", databaseUrl);
  project.provide("apiTokens", tokens);
  project.provide("apiRefusedTokens", refused);
  project.provide("apiCoverageDir", coverageDir);
  project.provide("apiAppDir", APP_DIR);
}

export async function teardown() {
  try {
    if (coverageDir && app?.isRunning()) await checkContractCoverage(coverageDir, app.baseUrl);
  } catch (e) {
    // Vitest only logs an error thrown by a global teardown; the exit code is what CI sees.
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  } finally {
    app?.stop();
    await handle?.close();
    if (pgServer && dbName) await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    pgServer?.stop();
    if (coverageDir) rmSync(coverageDir, { recursive: true, force: true });
  }
}

async function adminQuery(sql: string) {
  const admin = new pg.Client({ connectionString: pgServer!.adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
