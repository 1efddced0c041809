// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/trach_bench_digest npm run bench:digest
// (a data set of npm run bench:generate, e.g. BENCH_DATABASE_URL=…/trach_bench_digest BENCH_SCALE=0.01).
// Times building everyone's daily digest (the one query and the wording, no mail queued) and
// the day's reminder insert (run in a transaction rolled back), and prints the digest query's
// plan. Not a test: numbers for the README. It writes nothing that stays.
import { localDateOf, previousWorkingDay, isWorkingDay } from "../lib/domain/calendar/index.ts";
import { reminderWindows } from "../lib/domain/notifications/reminder-windows.ts";
import { getWorkCalendar } from "../lib/server/calendar/get-work-calendar.ts";
import { createDbHandle } from "../lib/server/db/create-prisma-client.ts";
import { setDbHandleForTests } from "../lib/server/db/prisma.ts";
import { buildDailyDigests } from "../lib/server/digest/build-daily-digests.ts";
import { DIGEST_ITEMS_SQL } from "../lib/server/digest/digest-items-sql.ts";
import { DIGEST_LINES_PER_SECTION } from "../lib/domain/digest/digest-text.ts";
import { createStepReminders } from "../lib/server/notifications/create-step-reminders.ts";
import { stepRemindersStatement } from "../lib/server/notifications/step-reminders-statement.ts";

const url = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/trach_bench_digest";
const handle = createDbHandle({ kind: "postgres", url });
setDbHandleForTests(handle);
const db = handle.prisma;
const seconds = (t0: number) => (performance.now() - t0) / 1000;

try {
  const cal = await getWorkCalendar(db);
  // 07:30 on today's date, or on the last working day if today is a day off.
  const wall = new Date();
  const day = isWorkingDay(localDateOf(wall), cal) ? localDateOf(wall) : previousWorkingDay(localDateOf(wall), cal);
  const now = new Date(`${day}T00:30:00Z`);
  const since = new Date(now.getTime() - 24 * 3_600_000);
  const counts = await db.$queryRawUnsafe<{ users: number; tasks: number; steps: number; notifications: number }[]>(
    `SELECT (SELECT count(*) FROM "User" WHERE "isActive")::int AS users, (SELECT count(*) FROM "Task")::int AS tasks,
            (SELECT count(*) FROM "TaskStep")::int AS steps, (SELECT count(*) FROM "Notification")::int AS notifications`,
  );
  console.log(`Database ${new URL(url).pathname.slice(1)}, digest of ${day}:`, counts[0]);

  const times: number[] = [];
  let mails = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    mails = (await buildDailyDigests(db, now, since, day, "https://trach.example")).length;
    times.push(seconds(t0));
  }
  times.sort((a, b) => a - b);
  console.log(
    `Daily digest for everyone: ${mails} messages; ${times.map((t) => t.toFixed(2)).join(" / ")} s (3 runs, sorted)`,
  );

  const t0 = performance.now();
  let reminders = 0;
  await db
    .$transaction(async (tx) => {
      reminders = await createStepReminders(tx, reminderWindows(day, cal), day, now);
      throw new Error("rollback");
    })
    .catch((e: unknown) => {
      if (!(e instanceof Error && e.message === "rollback")) throw e;
    });
  console.log(`Step reminders of ${day}: ${reminders} rows in ${seconds(t0).toFixed(2)} s (rolled back)`);

  // The plans: EXPLAIN only (nothing runs) for the insert, EXPLAIN ANALYZE for the digest's read.
  const plan = async (sql: string, params: unknown[]) =>
    (await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(sql, ...params)).map((r) => r["QUERY PLAN"]).join("\n");
  const reminder = stepRemindersStatement(reminderWindows(day, cal), day, now);
  console.log(`\nPlan of the reminder insert:\n${await plan(`EXPLAIN ${reminder.sql}`, reminder.params)}`);
  const digestPlan = await plan(`EXPLAIN (ANALYZE, BUFFERS) ${DIGEST_ITEMS_SQL}`, [
    now,
    new Date(now.getTime() + 17 * 3_600_000),
    since,
    DIGEST_LINES_PER_SECTION,
    [],
  ]);
  console.log(
    `\nPlan of the digest's read (scans and timing):\n${digestPlan
      .split("\n")
      .filter((l) => /Scan|Execution Time|Planning Time/.test(l))
      .join("\n")}`,
  );
} finally {
  await handle.close();
}
