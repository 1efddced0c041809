import "server-only";
import { notificationHref } from "@/lib/domain/notifications/notification-href";
import { notificationMessage } from "@/lib/domain/notifications/notification-message";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { composeMail } from "@/lib/server/mail/compose-mail";
import type { TOutgoingMail } from "@/lib/server/mail/enqueue-mail";
import type { TNotificationRow } from "./find-notifications";
import { signUnsubscribeToken } from "./unsubscribe-token";

export type TMailLinks = { baseUrl: string; secret: string };

/**
 * One notification as an e-mail in its recipient's language: the very sentence the bell shows,
 * the link to the exact step, consultation or signal, why they get it, and the one-click way
 * to stop this kind (a page that asks first, and the RFC 8058 URL for mail clients).
 */
export function composeNotificationMail(
  n: TNotificationRow,
  recipient: { id: string; name: string; email: string },
  locale: TLocale,
  links: TMailLinks,
): TOutgoingMail {
  const kind = msg(`enums.notificationKind.${n.kind}`);
  const token = signUnsubscribeToken(links.secret, recipient.id, n.kind);
  return composeMail(locale, {
    kind: `notification:${n.kind}`,
    recipient: recipient.email,
    subject: msg("mail.notification.subject", { kind }),
    before: [
      msg("mail.notification.greeting", { name: recipient.name }),
      // The sentence the bell shows (notificationSentence), worded here in the reader's language.
      notificationMessage({
        kind: n.kind,
        actorName: n.actor?.name ?? null,
        stepName: n.step?.name ?? null,
        taskTitle: n.task?.title ?? null,
        signalKind: n.signal?.kind ?? null,
      }),
    ],
    action: { label: msg("mail.notification.action"), href: `${links.baseUrl}${notificationHref(n)}` },
    after: [msg("mail.notification.why", { kind, profile: `${links.baseUrl}/profile` })],
    unsubscribe: {
      label: msg("mail.notification.unsubscribe"),
      href: `${links.baseUrl}/unsubscribe?t=${token}`,
      oneClickHref: `${links.baseUrl}/api/unsubscribe?t=${token}`,
    },
  });
}
