import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import type { TOutgoingMail } from "./enqueue-mail";

/** Rows per insert: well under PostgreSQL's 65,535 bind parameters at 8 columns a row. */
const BATCH = 2000;

/**
 * enqueueMail for many messages at once (a digest for the whole sector), in the caller's
 * transaction and in a few multi-row inserts rather than one per message.
 */
export async function enqueueMails(tx: Prisma.TransactionClient, messages: readonly TOutgoingMail[], now: Date) {
  let count = 0;
  for (let i = 0; i < messages.length; i += BATCH) {
    const data = messages.slice(i, i + BATCH).map((m) => ({ ...m, createdAt: now, nextAttemptAt: now }));
    count += (await tx.mailMessage.createMany({ data })).count;
  }
  return count;
}
