import "server-only";
import { translate } from "@/lib/i18n/translate";
import { isWorkingDay, localDateOf } from "@/lib/domain/calendar";
import type { TDigestRecipient } from "@/lib/domain/digest/digest-item";
import { formatWeeklySummary, type TWeeklyUnitRow } from "@/lib/domain/digest/format-weekly-summary";
import { isoWeekKey } from "@/lib/domain/digest/iso-week-key";
import { env } from "@/lib/env";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { enqueueMails } from "@/lib/server/mail/enqueue-mails";
import { claimDigestRun } from "./claim-digest-run";
import { WEEKLY_SUMMARY_SQL } from "./weekly-summary-sql";

const WEEK_MS = 7 * 24 * 60 * 60_000;

/**
 * The `weekly-summary` job (07:45 Asia/Ho_Chi_Minh every day): on the first working day of each
 * ISO week (Monday, or the first working day after a holiday Monday, such as after Tết), the
 * summary of the period since the previous one goes to every active TCCB monitor. The week is
 * claimed in DigestRun ("2026-W50") with the messages, so it goes once. A week without a working
 * day has no summary; the next one covers both. Returns the number of messages, or null.
 */
export async function runWeeklySummary(now: Date): Promise<number | null> {
  const today = localDateOf(now);
  if (!isWorkingDay(today, await getWorkCalendar())) return null;
  const key = isoWeekKey(today);
  const sent = await db.$transaction(
    async (tx) => {
      if (!(await claimDigestRun(tx, key, now))) return null;
      const from = await previousSummaryStart(tx, key, now);
      const rows = await tx.$queryRawUnsafe<TWeeklyUnitRow[]>(WEEKLY_SUMMARY_SQL, from, now);
      const people = await tx.$queryRawUnsafe<TDigestRecipient[]>(
        `SELECT "id", "name", "email" FROM "User" WHERE "isActive" AND 'TCCB_MONITOR' = ANY ("roles"::text[]) ORDER BY "email"`,
      );
      const period = { key, from, to: now };
      const mails = people.map((p) => ({
        ...formatWeeklySummary(p, rows, period, env().mail.baseUrl, (m) => translate("vi", m)),
        kind: "weekly-summary",
      }));
      const n = await enqueueMails(tx, mails, now);
      await tx.digestRun.update({ where: { day: key }, data: { finishedAt: new Date(), recipients: n } });
      return n;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  if (sent !== null) console.info(`[digest] ${key}: ${sent} bản tổng hợp tuần`);
  return sent;
}

/** When the previous weekly summary started; a week before `now` if there was none. */
async function previousSummaryStart(tx: Prisma.TransactionClient, key: string, now: Date): Promise<Date> {
  const rows = await tx.$queryRawUnsafe<{ startedAt: Date | null }[]>(
    `SELECT max("startedAt") AS "startedAt" FROM "DigestRun" WHERE "day" LIKE '____-W__' AND "day" < $1`,
    key,
  );
  return rows[0]?.startedAt ?? new Date(now.getTime() - WEEK_MS);
}
