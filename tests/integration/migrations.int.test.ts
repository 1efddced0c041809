import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "../../prisma/engine/diff-schema";
import { testDb } from "../support/use-test-db";

describe("migrations", () => {
  it("applied to an empty database yield exactly schema.prisma (no drift)", { timeout: 180_000 }, async () => {
    const sql = await diffMigrationsToSchema();
    expect(sql.trim()).toBe("-- This is an empty migration.");
  });

  it("are all recorded as finished in _prisma_migrations, as prisma migrate deploy does", async () => {
    const rows = await testDb.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });
});
