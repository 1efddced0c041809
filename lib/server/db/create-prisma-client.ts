import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { mkdirSync } from "node:fs";
import { PrismaClient } from "./generated/client.ts";

// No "server-only" here: the migration and seed scripts and the integration tests build
// clients too. Application code goes through ./prisma.ts, which is server-only.

export type TDbTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string | null };

export type TDbHandle = {
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
};

/**
 * How the application connects to PostgreSQL: a pool of 10; no JIT compilation, which costs
 * tens of milliseconds per dashboard query (it starts on any plan over ~100,000 of estimated
 * cost) and never pays off for queries that run in a few dozen; and the cost of a random page
 * read of solid-state storage (1.1, PostgreSQL's default 4 is for spinning disks), so that a
 * province's cells are read through their unit's index rather than by scanning the sector's.
 */
export function pgPoolConfig(url: string) {
  return { connectionString: url, max: 10, options: "-c jit=off -c random_page_cost=1.1" };
}

export function createDbHandle(target: TDbTarget): TDbHandle {
  if (target.kind === "postgres") {
    const adapterFactory = new PrismaPg(pgPoolConfig(target.url));
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return { prisma, adapterFactory, close: () => prisma.$disconnect() };
  }
  if (target.dir) mkdirSync(target.dir, { recursive: true });
  // A null dir is an in-memory database (tests).
  const pglite = target.dir ? new PGlite(target.dir) : new PGlite();
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

export function dbTargetFrom(config: { databaseUrl?: string; pgliteDir: string }): TDbTarget {
  return config.databaseUrl ? { kind: "postgres", url: config.databaseUrl } : { kind: "pglite", dir: config.pgliteDir };
}
