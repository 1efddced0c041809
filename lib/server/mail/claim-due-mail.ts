import "server-only";
import { db } from "@/lib/server/db/prisma";
import type { TMailToSend } from "./mail-transport";

/**
 * A claimed message is not due again for this long: time enough for one batch to be sent even
 * when each message waits out the SMTP timeouts. A run that dies mid-batch leaves its messages
 * to be claimed again once the lease ends, so a crash delays mail but never loses it.
 */
export const MAIL_CLAIM_LEASE_MS = 10 * 60_000;

export type TClaimedMail = TMailToSend & { attempts: number };

/**
 * Takes up to `limit` messages due at `now` for this run, in one statement: each is counted as
 * an attempt and pushed past the lease. `FOR UPDATE SKIP LOCKED` makes concurrent runs (several
 * instances, or a run that overlaps the next tick) skip each other's rows instead of waiting for
 * them, and once this commits the rows are no longer due, so no message is claimed twice.
 */
export async function claimDueMail(now: Date, limit: number): Promise<TClaimedMail[]> {
  const leaseUntil = new Date(now.getTime() + MAIL_CLAIM_LEASE_MS);
  // A CTE, run once, picks the rows; `WHERE id IN (subquery … LIMIT … SKIP LOCKED)` may be
  // planned as a join that runs the locking subquery more than once.
  const rows = await db.$queryRaw<TClaimedMail[]>`
    WITH due AS (
      SELECT "id" FROM "MailMessage"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "MailMessage" m SET "attempts" = m."attempts" + 1, "nextAttemptAt" = ${leaseUntil}
    FROM due WHERE m."id" = due."id"
    RETURNING m."id", m."recipient", m."subject", m."html", m."text", m."link", m."listUnsubscribe", m."attempts"`;
  return rows.map((r) => ({ ...r, attempts: Number(r.attempts) })).sort((a, b) => a.id.localeCompare(b.id));
}
