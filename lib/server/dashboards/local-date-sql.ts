import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * The Asia/Ho_Chi_Minh wall-clock time of a UTC timestamp column (its date: `::date`): the
 * database function "local_time" (prisma/sql-functions/local_time.sql), which the roll-up
 * triggers call too. The planner inlines it, so plans are those of the bare expression.
 */
export function localTimeSql(ts: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`"local_time"(${ts})`;
}
