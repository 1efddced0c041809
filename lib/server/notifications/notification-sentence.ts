import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import type { TNotificationRow } from "./find-notifications";
import { notificationMessageOf } from "./notification-message-of";

/** A notification row as one sentence in `locale`: what the page and the API both show. */
export function notificationSentence(n: TNotificationRow, locale: TLocale): string {
  return translate(locale, notificationMessageOf(n));
}
