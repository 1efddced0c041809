import "server-only";
import { isWorkingDay, localDateOf, type TLocalDate } from "@/lib/domain/calendar";
import { env } from "@/lib/env";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { enqueueMails } from "@/lib/server/mail/enqueue-mails";
import { buildDailyDigests } from "./build-daily-digests";
import { claimDigestRun } from "./claim-digest-run";

const DAY_MS = 24 * 60 * 60_000;

/**
 * The `daily-digest` job (07:30 Asia/Ho_Chi_Minh): on a working day of the work calendar (not
 * on Tết, yes on a swapped Saturday), one message per person with something to say, queued in
 * the outbox in the transaction that records the day in DigestRun, so the day is sent once
 * whatever the number of runs or instances. Returns the number of messages, or null when there
 * was nothing to do (a day off, or the day already sent).
 */
export async function runDailyDigest(now: Date): Promise<number | null> {
  const today = localDateOf(now);
  if (!isWorkingDay(today, await getWorkCalendar())) return null;
  const sent = await db.$transaction(
    async (tx) => {
      if (!(await claimDigestRun(tx, today, now))) return null;
      const since = await previousDigestStart(tx, today, now);
      const mails = await buildDailyDigests(tx, now, since, today, env().mail.baseUrl);
      const n = await enqueueMails(
        tx,
        mails.map((m) => ({ ...m, kind: "daily-digest" })),
        now,
      );
      await tx.digestRun.update({ where: { day: today }, data: { finishedAt: new Date(), recipients: n } });
      return n;
    },
    { timeout: 10 * 60_000, maxWait: 60_000 },
  );
  if (sent !== null) console.info(`[digest] ${today}: ${sent} bản tin`);
  return sent;
}

/** When the last daily digest before `today` started; a day before `now` if there was none. */
async function previousDigestStart(tx: Prisma.TransactionClient, today: TLocalDate, now: Date): Promise<Date> {
  const rows = await tx.$queryRawUnsafe<{ startedAt: Date | null }[]>(
    `SELECT max("startedAt") AS "startedAt" FROM "DigestRun" WHERE length("day") = 10 AND "day" < $1`,
    today,
  );
  return rows[0]?.startedAt ?? new Date(now.getTime() - DAY_MS);
}
