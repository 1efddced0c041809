import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TNotificationRef } from "@/lib/schemas/notifications";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Marks one of the actor's notifications read (again: no change, the first reading is kept).
 * Someone else's notification is NOT_FOUND, as if it did not exist: ids are not a way to
 * learn what others are told.
 */
export async function markNotificationRead(actor: Pick<TActor, "id">, input: TNotificationRef, now: Date) {
  await db.notification.updateMany({
    where: { id: input.notificationId, recipientId: actor.id, readAt: null },
    data: { readAt: now },
  });
  const row = await db.notification.findFirst({
    where: { id: input.notificationId, recipientId: actor.id },
    select: { id: true, readAt: true, taskId: true, stepId: true, consultationId: true, signalId: true },
  });
  if (!row) throw new DomainError("NOT_FOUND", msg("errors.notificationNotFound"));
  return row;
}
