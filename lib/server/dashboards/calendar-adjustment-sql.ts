import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/** Days since Sunday 1900-01-07, an origin that keeps every date of this app non-negative. */
export function dayNumberSql(day: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${day}) - DATE '1900-01-07')`;
}

/**
 * The calendar's exceptions that change a count of working days: +1 for a weekend day worked,
 * -1 for a holiday on a weekday (a holiday on a Sunday changes nothing), by day number.
 */
const exceptions = Prisma.sql`
  SELECT ${dayNumberSql(Prisma.sql`c.date::date`)} AS k,
    CASE WHEN c.kind = 'WORKING_DAY' AND extract(isodow FROM c.date::date) >= 6 THEN 1
         WHEN c.kind = 'HOLIDAY' AND extract(isodow FROM c.date::date) < 6 THEN -1 ELSE 0 END AS delta
  FROM "CalendarDay" c`;

/**
 * How many working days the calendar's exceptions up to and including local date `day`
 * add to the Monday-to-Friday count. The difference between two dates is the calendar's
 * share of countWorkingDaysBetween. The exceptions are read once per query into two sorted
 * arrays (uncorrelated subqueries), and each row costs one binary search (width_bucket),
 * so a million rows need no join and no query per row. An empty calendar adds 0.
 */
export function calendarAdjustmentAtSql(day: Prisma.Sql): Prisma.Sql {
  const days = Prisma.sql`(SELECT array_agg(e.k ORDER BY e.k) FROM (${exceptions}) e WHERE e.delta <> 0)`;
  const sums = Prisma.sql`(SELECT array_agg(s.cum ORDER BY s.k) FROM (
      SELECT e.k, (sum(e.delta) OVER (ORDER BY e.k))::int AS cum FROM (${exceptions}) e WHERE e.delta <> 0) s)`;
  return Prisma.sql`COALESCE((${sums})[width_bucket(${dayNumberSql(day)}, ${days})], 0)`;
}
