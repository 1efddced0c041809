import { afterAll, describe, expect, inject, it } from "vitest";
import { createDbHandle } from "../../lib/server/db/create-prisma-client";
import { diffMigrationsToSchema } from "../../prisma/engine/diff-schema";
import { testDb } from "../support/use-test-db";

// The migration history is the owner's (the application's role may not read it on PostgreSQL).
const ownerUrl = inject("testOwnerDatabaseUrl");
const owner = ownerUrl ? createDbHandle({ kind: "postgres", url: ownerUrl }) : testDb;
afterAll(async () => {
  if (owner !== testDb) await owner.close();
});

describe("migrations", () => {
  it("applied to an empty database yield exactly schema.prisma (no drift)", { timeout: 180_000 }, async () => {
    const sql = await diffMigrationsToSchema();
    expect(sql.trim()).toBe("-- This is an empty migration.");
  });

  it("are all recorded as finished in _prisma_migrations, as prisma migrate deploy does", async () => {
    const rows = await owner.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
