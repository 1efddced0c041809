import "server-only";
import { mailRetryDelayMs } from "@/lib/domain/mail/mail-retry-delay-ms";
import { db } from "@/lib/server/db/prisma";
import { claimDueMail } from "./claim-due-mail";
import type { TMailTransport } from "./mail-transport";

const BATCH_SIZE = 20;
const MAX_PER_RUN = 200;
const MAX_ERROR_LENGTH = 500;
/** nodemailer's codes for a server that could not be reached or dropped the connection. */
const CONNECTION_ERRORS = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EAUTH"]);

export type TDeliveryReport = { sent: number; failed: number };

/**
 * The `mail-delivery` job: sends the outbox's messages due at `now` through `transport`, in
 * claimed batches (claimDueMail, so concurrent runs never send one twice). A message the server
 * accepted is marked sent; one it refused, or that could not reach it, keeps waiting with its
 * error and its next attempt pushed back (1, 2, 4 … minutes, at most an hour). Once the server
 * is unreachable, the rest of the batch is put back without trying, rather than each waiting
 * out the timeouts.
 */
export async function deliverDueMail(now: Date, transport: TMailTransport): Promise<TDeliveryReport> {
  const report: TDeliveryReport = { sent: 0, failed: 0 };
  try {
    while (report.sent + report.failed < MAX_PER_RUN) {
      const batch = await claimDueMail(now, BATCH_SIZE);
      let unreachable: string | undefined;
      for (const message of batch) {
        const error = unreachable ?? (await attempt(transport, message));
        if (error === undefined) {
          await db.mailMessage.updateMany({
            where: { id: message.id, sentAt: null },
            data: { sentAt: now, deliveredBy: transport.name, lastError: null },
          });
          report.sent++;
        } else {
          await db.mailMessage.updateMany({
            where: { id: message.id, sentAt: null },
            data: { lastError: error, nextAttemptAt: new Date(now.getTime() + mailRetryDelayMs(message.attempts)) },
          });
          report.failed++;
        }
        if (error !== undefined && isUnreachable(error)) unreachable = error;
      }
      if (batch.length < BATCH_SIZE || unreachable) break;
    }
  } finally {
    transport.close();
  }
  return report;
}

/** Undefined once the server accepted the message, else what went wrong, as its log would say. */
async function attempt(transport: TMailTransport, message: Parameters<TMailTransport["send"]>[0]) {
  try {
    await transport.send(message);
    return undefined;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const text = error instanceof Error ? error.message : String(error);
    return `${typeof code === "string" ? `${code}: ` : ""}${text}`.slice(0, MAX_ERROR_LENGTH);
  }
}

function isUnreachable(error: string): boolean {
  return CONNECTION_ERRORS.has(error.split(":")[0]);
}
