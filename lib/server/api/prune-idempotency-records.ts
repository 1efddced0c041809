import "server-only";
import { db } from "@/lib/server/db/prisma";
import { IDEMPOTENCY_TTL_MS } from "./begin-idempotent-request";

/**
 * Deletes the records of keys older than the TTL (by the createdAt index), so that the table
 * holds about a day of writes instead of growing for ever. An hourly job (lib/server/jobs);
 * a key past its TTL is already treated as unused when read, so a late prune changes no answer.
 */
export async function pruneIdempotencyRecords(now: Date): Promise<number> {
  const { count } = await db.idempotencyRecord.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } },
  });
  return count;
}
