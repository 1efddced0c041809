import "server-only";
import { mailChannelOf } from "@/lib/domain/notifications/mail-channel-of";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { enqueueMail } from "@/lib/server/mail/enqueue-mail";
import { claimUnmailedNotifications } from "./claim-unmailed-notifications";
import { composeNotificationMail, type TMailLinks } from "./compose-notification-mail";

const BATCH_SIZE = 50;
const MAX_PER_RUN = 1_000;

const select = {
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
  recipient: {
    select: {
      id: true,
      name: true,
      email: true,
      isActive: true,
      locale: true,
      notificationPreferences: { select: { kind: true, channel: true } },
    },
  },
} satisfies Prisma.NotificationSelect;

export type TNotificationMailReport = { mailed: number; passed: number };

/**
 * The `notification-mail` job: every notification not yet handled, created by `now`, is
 * handled once. One whose recipient's channel for its kind is IMMEDIATE becomes one e-mail in
 * the outbox (MailMessage, sent by the mail-delivery job); one whose channel is DIGEST or OFF,
 * or whose recipient is inactive or has no address, is only marked, so it is never scanned
 * again (the daily digest reads its DIGEST notifications by createdAt, and nothing is deleted).
 * The mail and the mark are written in the transaction that locked the rows
 * (claimUnmailedNotifications), so two instances never mail one notification twice, and a run
 * that fails leaves its batch to the next. The people's own writes do none of this work.
 */
export async function mailDueNotifications(now: Date, links: TMailLinks): Promise<TNotificationMailReport> {
  const report: TNotificationMailReport = { mailed: 0, passed: 0 };
  while (report.mailed + report.passed < MAX_PER_RUN) {
    const handled = await db.$transaction(async (tx) => {
      const ids = await claimUnmailedNotifications(tx, now, BATCH_SIZE);
      if (ids.length === 0) return 0;
      const rows = await tx.notification.findMany({ where: { id: { in: ids } }, select, orderBy: { id: "asc" } });
      for (const n of rows) {
        const { recipient } = n;
        const stored = recipient.notificationPreferences.find((p) => p.kind === n.kind)?.channel ?? null;
        if (!recipient.isActive || !recipient.email || mailChannelOf(n.kind, stored) !== "IMMEDIATE") {
          report.passed++;
          continue;
        }
        const locale = isLocale(recipient.locale) ? recipient.locale : DEFAULT_LOCALE;
        await enqueueMail(tx, composeNotificationMail(n, recipient, locale, links), now);
        report.mailed++;
      }
      await tx.notification.updateMany({ where: { id: { in: ids } }, data: { mailedAt: now } });
      return ids.length;
    });
    if (handled < BATCH_SIZE) break;
  }
  return report;
}
