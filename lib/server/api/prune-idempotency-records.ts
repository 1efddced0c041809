import "server-only";
import { db } from "@/lib/server/db/prisma";

const EVERY_MS = 60 * 60 * 1000;
const globalForPrune = globalThis as unknown as { __trachNhiemIdempotencyPrunedAt?: number };

/**
 * Deletes the records of keys older than `ttlMs`, at most once an hour per process, so that
 * the table holds about a day of writes instead of growing for ever (by the createdAt index).
 */
export async function pruneIdempotencyRecords(now: Date, ttlMs: number): Promise<void> {
  const last = globalForPrune.__trachNhiemIdempotencyPrunedAt ?? 0;
  if (now.getTime() - last < EVERY_MS) return;
  globalForPrune.__trachNhiemIdempotencyPrunedAt = now.getTime();
  await db.idempotencyRecord.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - ttlMs) } } });
}
