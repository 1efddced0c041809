import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/** A message ready to go: worded, with its absolute link, and never a secret beyond that link. */
export type TOutgoingMail = {
  recipient: string;
  subject: string;
  html: string;
  text: string;
  link: string | null;
  /** What it is about, e.g. "password-reset". */
  kind: string;
  /** The RFC 8058 one-click unsubscribe URL, sent as List-Unsubscribe; none for a message one cannot refuse. */
  listUnsubscribe?: string | null;
};

/**
 * Puts `message` in the outbox (MailMessage) inside the caller's transaction `tx`: it exists
 * exactly when the write that caused it commits, and the write never waits for, or fails on,
 * an SMTP server. The `mail-delivery` job sends it from `now` on.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, message: TOutgoingMail, now: Date): Promise<string> {
  const row = await tx.mailMessage.create({
    data: { ...message, createdAt: now, nextAttemptAt: now },
    select: { id: true },
  });
  return row.id;
}
