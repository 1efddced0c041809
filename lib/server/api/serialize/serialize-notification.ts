import "server-only";
import type { z } from "zod";
import { notificationHref } from "@/lib/domain/notifications/notification-href";
import { notificationMessage } from "@/lib/domain/notifications/notification-message";
import type { TLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import type { ZApiNotification } from "@/lib/schemas/api/notifications";
import type { TNotificationRow } from "@/lib/server/notifications/find-notifications";
import { iso, isoOrNull } from "./iso";

/** A notification as the API returns it: worded as the page words it, with the same link. */
export function serializeNotification(n: TNotificationRow, locale: TLocale): z.input<typeof ZApiNotification> {
  const facts = {
    kind: n.kind,
    actorName: n.actor?.name ?? null,
    stepName: n.step?.name ?? null,
    taskTitle: n.task?.title ?? null,
    signalKind: n.signal?.kind ?? null,
  };
  return {
    id: n.id,
    kind: n.kind,
    sentence: translate(locale, notificationMessage(facts)),
    createdAt: iso(n.createdAt),
    readAt: isoOrNull(n.readAt),
    actor: n.actor,
    taskId: n.taskId,
    stepId: n.stepId,
    consultationId: n.consultationId,
    signalId: n.signalId,
    href: notificationHref(n),
  };
}
