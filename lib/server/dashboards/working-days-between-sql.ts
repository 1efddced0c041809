import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * The calendar's exceptions as one row (`days`, `sums`), for a query to join once under the
 * alias it passes to workingDaysBetweenSql. Each column is an uncorrelated subquery, which
 * PostgreSQL computes once per query (an InitPlan), so a nested loop that rescans the row for
 * every item costs nothing (a join of calendar_exceptions() itself would recount the calendar
 * per item); OFFSET 0 keeps the row a subquery of its own, so the function's arguments stay
 * columns and the planner inlines it.
 */
export const calendarExceptionsSql = Prisma.sql`(SELECT (SELECT e.days FROM "calendar_exceptions"() e) AS days,
  (SELECT e.sums FROM "calendar_exceptions"() e) AS sums OFFSET 0)`;

/**
 * Working days from the local date of `from` (exclusive) to the local date of `to`
 * (inclusive), for two UTC timestamp columns: the database function "working_days_between"
 * (prisma/sql-functions/working_days_between.sql, countWorkingDaysBetween's twin, which the
 * roll-up triggers call too), given the columns of calendarExceptionsSql joined as `calendar`.
 * Columns for arguments let the planner inline it, so a million rows cost arithmetic only.
 */
export function workingDaysBetweenSql(from: Prisma.Sql, to: Prisma.Sql, calendar: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`"working_days_between"(${from}, ${to}, ${calendar}.days, ${calendar}.sums)`;
}
