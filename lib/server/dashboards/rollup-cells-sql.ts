import "server-only";
import { localDateOf, startOfLocalDay } from "@/lib/domain/calendar";
import { localMonthOf } from "@/lib/domain/rollups";
import { Prisma } from "@/lib/server/db/generated/client";
import { monthPeriod } from "./month-period";
import type { TRollupFilter } from "./rollup-filter";
import { rollupItemsSql } from "./rollup-items-sql";
import type { TSqlRollupBy } from "./rollup-grouping-sql";

/** True when `t` is 00:00 on the first day of a month in Hà Nội. */
function isMonthStart(t: Date): boolean {
  const day = localDateOf(t);
  return day.endsWith("-01") && startOfLocalDay(day).getTime() === t.getTime();
}

/**
 * Whether the RollupCell table can answer a roll-up: its cells are per unit, person and
 * month, so they serve roll-ups by unit, month or person over whole months (or all time),
 * without a directive or a person filter. Anything else is counted from the rows.
 */
export function cellsCanAnswer(by: TSqlRollupBy, filter: TRollupFilter): boolean {
  if (filter.directiveId || filter.personId || by === "directive") return false;
  if (by === "person" && filter.level === "task") return false;
  return !filter.period || (isMonthStart(filter.period.from) && isMonthStart(filter.period.to));
}

/**
 * The items of `filter` at `now` as pre-counted cells, one row per cell with its report
 * category, in the columns the roll-up grouping reads (unitId, unitPath, personId, month).
 * An OPEN cell of an earlier month is overdue and one of a later month in time, whatever the
 * day; only this month's open items depend on the hour, so they are read from the rows
 * (a few, by the completedAt-deadline index) and count one each.
 */
export function rollupCellsSql(by: TSqlRollupBy, filter: TRollupFilter, now: Date): Prisma.Sql {
  const level = filter.level ?? "step";
  const grain = by === "person" ? Prisma.sql`<> ''` : Prisma.sql`= ''`;
  const current = localMonthOf(now);
  const thisMonth = monthPeriod(current);
  const period = filter.period
    ? Prisma.sql`AND c.month >= ${localMonthOf(filter.period.from)} AND c.month < ${localMonthOf(filter.period.to)}`
    : Prisma.empty;
  const openThisMonth = Prisma.sql`AND b."completedAt" IS NULL
    AND b.deadline >= ${thisMonth.from}::timestamp AND b.deadline < ${thisMonth.to}::timestamp`;
  return Prisma.sql`
    SELECT c."unitId", u.path AS "unitPath", c."personId", c.month,
      CASE WHEN c.state <> 'OPEN' THEN c.state WHEN c.month < ${current} THEN 'OVERDUE' ELSE 'IN_TIME' END AS category,
      c.n, c."daysLate", c.extended, c."doneWithinExtension"
    FROM "RollupCell" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE c.level = ${level} AND c."personId" ${grain} AND u.path LIKE ${filter.scopePath} || '%'
      AND NOT (c.state = 'OPEN' AND c.month = ${current}) ${period}
    UNION ALL
    SELECT o."unitId", o."unitPath", COALESCE(o."personId", ''), ${current}, o.category, 1, 0, o."isExtended"::int, 0
    FROM (${rollupItemsSql({ ...filter, level }, now, openThisMonth)}) o`;
}
