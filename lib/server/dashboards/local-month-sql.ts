import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import { localTimeSql } from "./local-date-sql";

/** 'YYYY-MM' of a UTC timestamp column in Asia/Ho_Chi_Minh, as localMonthOf. */
export function localMonthSql(ts: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${localTimeSql(ts)}, 'YYYY-MM')`;
}
