import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";

/**
 * Marks every notification of the actor's read, up to `now`: one arriving while the page
 * was open stays unread, since its reader has not seen it.
 */
export async function markAllNotificationsRead(actor: Pick<TActor, "id">, now: Date): Promise<{ count: number }> {
  const { count } = await db.notification.updateMany({
    where: { recipientId: actor.id, readAt: null, createdAt: { lte: now } },
    data: { readAt: now },
  });
  return { count };
}
