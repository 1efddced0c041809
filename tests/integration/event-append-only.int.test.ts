import { describe, expect, it } from "vitest";
import { testDb } from "../support/use-test-db";

describe("the Event table", () => {
  it("accepts new events and refuses to update or delete them", async () => {
    const db = testDb.prisma;
    const event = await db.event.create({ data: { kind: "CALENDAR_CHANGED", payload: { note: "thử" }, reason: "kiểm thử" } });
    await expect(db.event.update({ where: { id: event.id }, data: { reason: "sửa lịch sử" } })).rejects.toThrow();
    await expect(db.event.delete({ where: { id: event.id } })).rejects.toThrow();
    const again = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(again.reason).toBe("kiểm thử");
  });

  it("orders events by a strictly increasing sequence", async () => {
    const db = testDb.prisma;
    const a = await db.event.create({ data: { kind: "CALENDAR_CHANGED" } });
    const b = await db.event.create({ data: { kind: "CALENDAR_CHANGED" } });
    expect(b.seq).toBeGreaterThan(a.seq);
  });
});
