import "server-only";
import { notificationMessage } from "@/lib/domain/notifications/notification-message";
import type { TMessage } from "@/lib/i18n/message";
import type { TNotificationRow } from "./find-notifications";

/** A notification row as its sentence not yet worded: the bell, the API and the e-mail word the same one. */
export function notificationMessageOf(n: TNotificationRow): TMessage {
  return notificationMessage({
    kind: n.kind,
    actorName: n.actor?.name ?? null,
    stepName: n.step?.name ?? null,
    taskTitle: n.task?.title ?? null,
    signalKind: n.signal?.kind ?? null,
  });
}
