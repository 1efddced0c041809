import "server-only";
import type { z } from "zod";
import { notificationHref } from "@/lib/domain/notifications/notification-href";
import type { TLocale } from "@/lib/i18n/locales";
import type { ZApiNotification } from "@/lib/schemas/api/notifications";
import type { TNotificationRow } from "@/lib/server/notifications/find-notifications";
import { notificationSentence } from "@/lib/server/notifications/notification-sentence";
import { iso, isoOrNull } from "./iso";

/** A notification as the API returns it: worded as the page words it, with the same link. */
export function serializeNotification(n: TNotificationRow, locale: TLocale): z.input<typeof ZApiNotification> {
  return {
    id: n.id,
    kind: n.kind,
    sentence: notificationSentence(n, locale),
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
