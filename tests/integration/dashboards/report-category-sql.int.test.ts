import { describe, expect, it } from "vitest";
import { reportCategoryOfCases } from "../../../lib/domain/rollups/report-category-of.cases";
import { item, now } from "../../../lib/domain/rollups/rollup-test-fixtures";
import { Prisma } from "../../../lib/server/db/generated/client";
import { rollupItemsSql } from "../../../lib/server/dashboards/rollup-items-sql";
import { testDb } from "../../support/use-test-db";

// The same table of cases as reportCategoryOf's unit test, against the database function
// "report_category" the dashboards' query builders call, and against "rollup_state", the
// same rule without a clock, which the roll-up triggers call.
describe('the database function "report_category"', () => {
  it.each(reportCategoryOfCases)("%s, as reportCategoryOf says", async (_why, over, expected) => {
    const { deadline, completedAt } = item(over);
    const [row] = await testDb.prisma.$queryRaw<{ category: string; state: string }[]>`
      SELECT "report_category"(${deadline}::timestamp, ${completedAt}::timestamp, ${now}::timestamp) AS category,
             "rollup_state"(${deadline}::timestamp, ${completedAt}::timestamp) AS state`;
    const state = completedAt === null ? "OPEN" : expected.category;
    expect(row).toEqual({ category: expected.category, state });
  });

  it("is inlined by the planner: a filter on it plans as the CASE it holds", async () => {
    const plan = await testDb.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN (VERBOSE, COSTS OFF) SELECT s.id FROM "TaskStep" s
       WHERE "report_category"(s.deadline, s."completedAt", TIMESTAMP '2026-11-18 03:00') = 'OVERDUE'`,
    );
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toContain("report_category");
    expect(text).toContain("CASE");
  });

  it("is inlined in the dashboards' item query, where the CASE was written", async () => {
    const items = rollupItemsSql({ scopePath: "/" }, now, Prisma.sql`AND b.deadline < ${now}::timestamp`);
    const plan = await testDb.prisma.$queryRaw<{ "QUERY PLAN": string }[]>`
      EXPLAIN (VERBOSE, COSTS OFF) SELECT count(*) FROM (${items}) x WHERE x.category = 'OVERDUE'`;
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toContain("report_category");
    expect(text).toContain("CASE");
  });
});
