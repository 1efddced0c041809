import pg from "pg";
import { inject } from "vitest";
import { createDbHandle, type TDbHandle } from "../../lib/server/db/create-prisma-client";
import { setDbHandleForTests } from "../../lib/server/db/prisma";
import { applyMigrations } from "../../prisma/engine/apply-migrations";
import { provisionAppRole } from "./app-role";
import { testDb } from "./use-test-db";

/**
 * A database of this file's own, made the one the server functions use, for tests that run
 * the signal sweep: the sweep refreshes every task that is due, and in the shared PostgreSQL
 * database of a run that would include other files' tasks, at another `now` than theirs.
 * PGlite files already have their own database. Returns the handle and a function that
 * restores the shared one and drops the private database.
 */
export async function usePrivateDb(): Promise<{ db: TDbHandle; release(): Promise<void> }> {
  const sharedUrl = inject("testOwnerDatabaseUrl");
  if (!sharedUrl) return { db: testDb, release: async () => {} };
  const name = `trach_private_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: sharedUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(sharedUrl);
  url.pathname = `/${name}`;
  // Migrated by the owner, used as the application's role, like the shared database.
  const owner = createDbHandle({ kind: "postgres", url: url.toString() });
  await applyMigrations(owner.adapterFactory);
  await owner.close();
  const db = createDbHandle({ kind: "postgres", url: await provisionAppRole(url.toString()) });
  setDbHandleForTests(db);
  return {
    db,
    release: async () => {
      setDbHandleForTests(testDb);
      await db.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
