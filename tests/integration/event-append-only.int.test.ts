import { inject } from "vitest";
import { afterAll, describe, expect, it } from "vitest";
import { createDbHandle } from "../../lib/server/db/create-prisma-client";
import { testDb } from "../support/use-test-db";

// On PostgreSQL the tests run as the application's role, which may not TRUNCATE at all
// (app-role-privileges.int.test.ts); the trigger is checked as the owner, the one who could.
const ownerUrl = inject("testOwnerDatabaseUrl");
const owner = ownerUrl ? createDbHandle({ kind: "postgres", url: ownerUrl }) : testDb;
afterAll(async () => {
  if (owner !== testDb) await owner.close();
});

describe("the Event table", () => {
  it("accepts new events and refuses to update or delete them", async () => {
    const db = testDb.prisma;
    const event = await db.event.create({
      data: { kind: "CALENDAR_CHANGED", payload: { note: "thử" }, reason: "kiểm thử" },
    });
    await expect(db.event.update({ where: { id: event.id }, data: { reason: "sửa lịch sử" } })).rejects.toThrow();
    await expect(db.event.delete({ where: { id: event.id } })).rejects.toThrow();
    const again = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(again.reason).toBe("kiểm thử");
  });

  it("refuses TRUNCATE even to the owner of the table (PGlite's only user)", async () => {
    const event = await testDb.prisma.event.create({ data: { kind: "CALENDAR_CHANGED", reason: "còn nguyên" } });
    // Rolled back whatever happens, so that a missing trigger cannot wipe the run's shared events.
    const truncated = owner.prisma.$transaction(async (tx) => {
      // CASCADE: a plain TRUNCATE is stopped by the foreign keys to Event (an inspection
      // finding's evidence) before the trigger is asked; the cascade is the most destructive
      // form, and the trigger refuses it too.
      await tx.$executeRawUnsafe(`TRUNCATE "Event" CASCADE`);
      throw new Error("TRUNCATE went through");
    });
    await expect(truncated).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    await expect(testDb.prisma.event.findUnique({ where: { id: event.id } })).resolves.toMatchObject({
      reason: "còn nguyên",
    });
  });

  it("orders events by a strictly increasing sequence", async () => {
    const db = testDb.prisma;
    const a = await db.event.create({ data: { kind: "CALENDAR_CHANGED" } });
    const b = await db.event.create({ data: { kind: "CALENDAR_CHANGED" } });
    expect(b.seq).toBeGreaterThan(a.seq);
  });
});
