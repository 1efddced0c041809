import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * The Asia/Ho_Chi_Minh wall-clock time of a timestamp column. Columns are `timestamp
 * without time zone` holding UTC, and Vietnam has kept UTC+7 without daylight saving since
 * 1975, so a fixed seven hours is exact and is what lib/domain/calendar does (localDateOf).
 * It is also several times cheaper than `(ts AT TIME ZONE 'UTC') AT TIME ZONE
 * 'Asia/Ho_Chi_Minh'` over a million rows; note that `ts AT TIME ZONE 'Asia/Ho_Chi_Minh'`
 * alone would read a UTC value as Hà Nội time and shift it the wrong way.
 */
export function localTimeSql(ts: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${ts}) + interval '7 hours')`;
}

/** The Asia/Ho_Chi_Minh calendar date of a UTC timestamp column, as localDateOf. */
export function localDateSql(ts: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${localTimeSql(ts)})::date`;
}
