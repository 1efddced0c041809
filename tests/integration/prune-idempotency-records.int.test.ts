import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { IDEMPOTENCY_TTL_MS } from "../../lib/server/api/begin-idempotent-request";
import { pruneIdempotencyRecords } from "../../lib/server/api/prune-idempotency-records";
import { db } from "../../lib/server/db/prisma";

// A fixed past day, so that pruning at its `now` leaves the other files' records alone.
const NOW = new Date("2026-03-03T03:00:00Z");

describe("pruneIdempotencyRecords (the hourly job)", () => {
  it("deletes the keys older than the TTL and keeps the younger ones", async () => {
    const actorId = `test-actor-${randomUUID()}`;
    const record = (key: string, ageMs: number) => ({
      actorId,
      key,
      method: "POST",
      path: "/api/v1/tasks",
      requestHash: "h",
      statusCode: 201,
      responseBody: {},
      createdAt: new Date(NOW.getTime() - ageMs),
    });
    await db.idempotencyRecord.createMany({
      data: [record("old", IDEMPOTENCY_TTL_MS + 1), record("young", IDEMPOTENCY_TTL_MS - 60_000)],
    });
    expect(await pruneIdempotencyRecords(NOW)).toBeGreaterThanOrEqual(1);
    const left = await db.idempotencyRecord.findMany({ where: { actorId }, select: { key: true } });
    expect(left).toEqual([{ key: "young" }]);
  });
});
