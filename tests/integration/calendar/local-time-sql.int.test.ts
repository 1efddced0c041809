import { describe, expect, it } from "vitest";
import { localDateOfCases } from "../../../lib/domain/calendar/local-date-of.cases";
import { Prisma } from "../../../lib/server/db/generated/client";
import { localTimeSql } from "../../../lib/server/dashboards/local-date-sql";
import { localMonthSql } from "../../../lib/server/dashboards/local-month-sql";
import { testDb } from "../../support/use-test-db";

// The same table of cases as localDateOf's unit test, against the database function
// "local_time": through the query builders the dashboards use and through the roll-up
// triggers' month, so TypeScript, the runtime SQL and the triggers agree.
describe('the database function "local_time"', () => {
  it.each(localDateOfCases)("puts the instant %s on %s, as localDateOf does", async (instant, expected) => {
    const ts = Prisma.sql`${new Date(instant)}::timestamp`;
    const [row] = await testDb.prisma.$queryRaw<{ date: string; month: string; cellMonth: string }[]>`
      SELECT to_char((${localTimeSql(ts)})::date, 'YYYY-MM-DD') AS date, ${localMonthSql(ts)} AS month,
             "rollup_local_month"(${ts}) AS "cellMonth"`;
    expect(row).toEqual({ date: expected, month: expected.slice(0, 7), cellMonth: expected.slice(0, 7) });
  });

  it("is inlined by the planner: a filter on it plans as the bare expression", async () => {
    const plan = await testDb.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN (VERBOSE, COSTS OFF) SELECT s.id FROM "TaskStep" s WHERE "local_time"(s.deadline)::date = DATE '2026-03-03'`,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toContain("local_time");
    expect(text).toContain("'07:00:00'::interval");
  });
});
