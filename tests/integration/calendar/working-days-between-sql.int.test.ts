import { beforeAll, describe, expect, it } from "vitest";
import {
  countWorkingDaysBetweenCases,
  workingDaysCasesCalendar,
} from "../../../lib/domain/calendar/count-working-days-between.cases";
import { Prisma } from "../../../lib/server/db/generated/client";
import { calendarExceptionsSql, workingDaysBetweenSql } from "../../../lib/server/dashboards/working-days-between-sql";
import { rollupItemsSql } from "../../../lib/server/dashboards/rollup-items-sql";
import { testDb } from "../../support/use-test-db";

// The same table of cases as countWorkingDaysBetween's unit test, against the database function
// "working_days_between": through the query builder the dashboards use and through
// "rollup_working_days_between", which the roll-up triggers call. The cases' calendar is of
// 2054, a year no other test file uses, so storing it moves nobody else's counts.
beforeAll(async () => {
  await testDb.prisma.calendarDay.createMany({
    data: workingDaysCasesCalendar.map((e) => ({ ...e, year: 2054 })),
    skipDuplicates: true,
  });
});

describe('the database function "working_days_between"', () => {
  it.each(countWorkingDaysBetweenCases)(
    "%s: %s → %s is %i, as countWorkingDaysBetween says",
    async (_why, from, to, expected) => {
      const a = Prisma.sql`${new Date(from)}::timestamp`;
      const b = Prisma.sql`${new Date(to)}::timestamp`;
      const [row] = await testDb.prisma.$queryRaw<{ days: number; triggers: number }[]>`
      SELECT ${workingDaysBetweenSql(a, b, Prisma.sql`cal`)} AS days, "rollup_working_days_between"(${a}, ${b}) AS triggers
      FROM ${calendarExceptionsSql} cal`;
      // The triggers ask only forwards (a late item: completed after its deadline).
      expect(row.days).toBe(expected);
      if (expected >= 0) expect(row.triggers).toBe(expected);
    },
  );

  it("is inlined by the planner where the columns of the calendar are its arguments", async () => {
    const plan = await testDb.prisma.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN (VERBOSE, COSTS OFF)
      SELECT ${workingDaysBetweenSql(Prisma.sql`s.deadline`, Prisma.sql`s."completedAt"`, Prisma.sql`cal`)}
      FROM "TaskStep" s CROSS JOIN ${calendarExceptionsSql} cal WHERE s."completedAt" > s.deadline`;
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/working_days_(between|through)|calendar_exceptions/);
    expect(text).toContain("width_bucket");
  });

  it("is inlined in the dashboards' item query, where its arithmetic was written", async () => {
    const items = rollupItemsSql({ scopePath: "/" }, new Date("2054-03-03T03:00:00Z"));
    const plan = await testDb.prisma.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN (VERBOSE, COSTS OFF) SELECT sum(x."daysLate") FROM (${items}) x`;
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/working_days_(between|through)|calendar_exceptions|report_category|local_time/);
    expect(text).toContain("width_bucket");
    // The calendar is read by InitPlans, counted once per query, not once per item.
    expect(text).toMatch(/InitPlan/);
  });
});
