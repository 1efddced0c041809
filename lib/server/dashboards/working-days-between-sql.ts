import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * The calendar's exceptions, one row (`days`, `sums`), for a query to join once under the
 * alias it passes to workingDaysBetweenSql.
 */
export const calendarExceptionsSql = Prisma.sql`"calendar_exceptions"()`;

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
