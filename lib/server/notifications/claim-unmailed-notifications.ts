import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * Locks up to `limit` notifications not yet handled by the notification-mail job, created by
 * `now`, oldest first, for the caller's transaction `tx`. `FOR UPDATE SKIP LOCKED` makes a
 * concurrent run (another instance, or an overlapping tick) pass over these rows instead of
 * waiting for them; the caller marks them handled before it commits, so once the lock is
 * released no run can see them as unhandled again. Read through the partial index
 * Notification_unmailed_idx, which holds only the unhandled rows.
 */
export async function claimUnmailedNotifications(
  tx: Prisma.TransactionClient,
  now: Date,
  limit: number,
): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Notification"
    WHERE "mailedAt" IS NULL AND "createdAt" <= ${now}
    ORDER BY "createdAt", "id"
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`;
  return rows.map((r) => r.id);
}
