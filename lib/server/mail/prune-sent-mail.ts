import "server-only";
import { db } from "@/lib/server/db/prisma";

/** Sent (or kept) messages stay this long: enough to answer "did the mail go out?", then they go. */
export const SENT_MAIL_RETENTION_MS = 30 * 24 * 60 * 60_000;

/**
 * Deletes the messages sent (or kept in the log) more than 30 days before `now`: a daily job, so
 * the outbox holds about a month of mail. A message still waiting is never deleted, however old.
 */
export async function pruneSentMail(now: Date): Promise<number> {
  const { count } = await db.mailMessage.deleteMany({
    where: { sentAt: { not: null, lt: new Date(now.getTime() - SENT_MAIL_RETENTION_MS) } },
  });
  return count;
}
