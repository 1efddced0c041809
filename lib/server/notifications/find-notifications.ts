import "server-only";
import { z } from "zod";
import type { TActor } from "@/lib/domain/access/roles";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { decodeCursor, nextKeysetCursor } from "@/lib/server/api/cursor";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The list's order: newest first, then id (unique), so a page follows the last one served. */
const ZNotificationCursor = z.object({ c: z.iso.datetime(), i: z.uuid() });

/** What a notification row carries: its sentence's facts and its links (the list, the API, the e-mail). */
export const notificationRowSelect = {
  id: true,
  kind: true,
  createdAt: true,
  readAt: true,
  taskId: true,
  stepId: true,
  consultationId: true,
  signalId: true,
  actor: { select: { id: true, name: true } },
  task: { select: { title: true } },
  step: { select: { name: true, order: true } },
  signal: { select: { kind: true } },
} satisfies Prisma.NotificationSelect;

export type TNotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationRowSelect }>;

/**
 * One page of the actor's own notifications, newest first (the bell's list and
 * GET /api/v1/notifications): read through the index on (recipient, createdAt, id), or its
 * partial twin for the unread ones, and the names they mention in one query per relation.
 */
export async function findNotifications(
  actor: Pick<TActor, "id">,
  input: { unread?: boolean; cursor?: string; limit?: number },
): Promise<{ items: TNotificationRow[]; hasMore: boolean; nextCursor: string | null }> {
  const limit = input.limit ?? NOTIFICATIONS_PAGE_SIZE;
  const after = decodeCursor(ZNotificationCursor, input.cursor);
  const at = after ? new Date(after.c) : null;
  const rows = await db.notification.findMany({
    where: {
      recipientId: actor.id,
      ...(input.unread && { readAt: null }),
      ...(at && after && { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: after.i } }] }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: notificationRowSelect,
  });
  const page = { items: rows.slice(0, limit), hasMore: rows.length > limit };
  return { ...page, nextCursor: nextKeysetCursor(page, (last) => ({ c: last.createdAt.toISOString(), i: last.id })) };
}
