import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";

/** The bell's number: read from the partial index of unread notifications, which stays small. */
export function countUnreadNotifications(actor: Pick<TActor, "id">): Promise<number> {
  return db.notification.count({ where: { recipientId: actor.id, readAt: null } });
}
