import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import { calendarAdjustmentAtSql, dayNumberSql } from "./calendar-adjustment-sql";
import { localDateSql } from "./local-date-sql";

/**
 * Monday-to-Friday days up to and including local date `day`, in the arithmetic of
 * countWorkingDaysBetween's weekdaysBefore (from another Sunday: only differences matter).
 * The day number is non-negative, so integer division is the floor; numeric division would
 * cost several times more over a million rows.
 */
function weekdaysThroughSql(day: Prisma.Sql): Prisma.Sql {
  const k = dayNumberSql(day);
  return Prisma.sql`((${k} / 7) * 5 + least(${k} % 7, 5))`;
}

/**
 * Working days from the local date of `from` (exclusive) to the local date of `to`
 * (inclusive), for two UTC timestamp columns, as lib/domain/calendar/countWorkingDaysBetween:
 * the weekdays in the range by arithmetic, minus the holidays on a weekday, plus the weekend
 * days worked, from the CalendarDay table.
 */
export function workingDaysBetweenSql(from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql {
  const a = localDateSql(from);
  const b = localDateSql(to);
  return Prisma.sql`(${weekdaysThroughSql(b)} - ${weekdaysThroughSql(a)} + ${calendarAdjustmentAtSql(b)} - ${calendarAdjustmentAtSql(a)})`;
}
