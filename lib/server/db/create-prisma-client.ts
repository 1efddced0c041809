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

export function createDbHandle(target: TDbTarget): TDbHandle {
  if (target.kind === "postgres") {
    const adapterFactory = new PrismaPg({ connectionString: target.url, max: 10 });
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
