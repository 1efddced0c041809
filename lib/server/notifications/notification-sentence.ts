import "server-only";
import { notificationMessage } from "@/lib/domain/notifications/notification-message";
import type { TLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import type { TNotificationRow } from "./find-notifications";

/** A notification row as one sentence in `locale`: what the page and the API both show. */
export function notificationSentence(n: TNotificationRow, locale: TLocale): string {
  return translate(
    locale,
    notificationMessage({
      kind: n.kind,
      actorName: n.actor?.name ?? null,
      stepName: n.step?.name ?? null,
      taskTitle: n.task?.title ?? null,
      signalKind: n.signal?.kind ?? null,
    }),
  );
}
