import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { mkdirSync } from "node:fs";
import { PrismaClient } from "./generated/client.ts";

// No "server-only" here: the migration and seed scripts and the integration tests build
// clients too. Application code goes through ./prisma.ts, which is server-only.

/** Connections, how long to wait for one, and the longest a transaction may last (lib/env.ts, README). */
export type TPoolSettings = { size: number; waitMs: number; transactionTimeoutMs: number };
export const DEFAULT_POOL: TPoolSettings = { size: 10, waitMs: 5_000, transactionTimeoutMs: 10_000 };

export type TDbTarget =
  | { kind: "postgres"; url: string; pool?: TPoolSettings }
  | { kind: "pglite"; dir: string | null; pool?: TPoolSettings };

export type TDbHandle = {
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

/**
 * How the application connects to PostgreSQL: a pool of `size` (10 by default: two cores
 * are kept busy by a few active statements, and each request holds a connection only for
 * its transaction); a request waits at most `waitMs` for a connection, then is answered 503
 * with Retry-After rather than queued without end; no JIT compilation, which costs tens of
 * milliseconds per dashboard query (it starts on any plan over ~100,000 of estimated cost)
 * and never pays off for queries that run in a few dozen; and the cost of a random page read
 * of solid-state storage (1.1, PostgreSQL's default 4 is for spinning disks), so that a
 * province's cells are read through their unit's index rather than by scanning the sector's.
 */
export function pgPoolConfig(url: string, pool: TPoolSettings = DEFAULT_POOL) {
  return {
    connectionString: url,
    max: pool.size,
    connectionTimeoutMillis: pool.waitMs,
    // Kept a minute, not pg's 10 s: opening a connection under load costs more than keeping it.
    idleTimeoutMillis: 60_000,
    options: "-c jit=off -c random_page_cost=1.1",
  };
}

export function createDbHandle(target: TDbTarget): TDbHandle {
  if (target.kind === "postgres") {
    const adapterFactory = new PrismaPg(pgPoolConfig(target.url, target.pool));
    const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions: transactionOptionsOf(target.pool) });
    return { prisma, adapterFactory, close: () => prisma.$disconnect() };
  }
  if (target.dir) mkdirSync(target.dir, { recursive: true });
  // A null dir is an in-memory database (tests).
  const pglite = target.dir ? new PGlite(target.dir) : new PGlite();
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions: transactionOptionsOf(target.pool) });
  return {
    prisma,
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Prisma's own defaults (2 s wait, 5 s transaction) are replaced by the chosen ones. */
function transactionOptionsOf(pool: TPoolSettings = DEFAULT_POOL) {
  return { maxWait: pool.waitMs, timeout: pool.transactionTimeoutMs };
}

export function dbTargetFrom(config: { databaseUrl?: string; pgliteDir: string; pool?: TPoolSettings }): TDbTarget {
  return config.databaseUrl
    ? { kind: "postgres", url: config.databaseUrl, pool: config.pool }
    : { kind: "pglite", dir: config.pgliteDir, pool: config.pool };
}
