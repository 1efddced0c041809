import "server-only";
import { localDateOf, startOfLocalDay } from "@/lib/domain/calendar";
import { localMonthOf } from "@/lib/domain/rollups";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import { rollupItemsSql } from "./rollup-items-sql";
import type { TSqlRollupBy } from "./rollup-grouping-sql";
import { unitInScopeSql } from "./unit-in-scope-sql";

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
  if (filter.personIds && by !== "person") return false;
  if (by === "person" && filter.level === "task") return false;
  return !filter.period || (isMonthStart(filter.period.from) && isMonthStart(filter.period.to));
}

/**
 * Which cells of a cell table a roll-up reads (alias `c`): the people's (all, or those of
 * `personIds`) when grouping by person, else the units' own totals; the months of the
 * period; the units of the scope (a semi-join: the cells carry no path, and no cell is
 * joined to its unit). Shared by the item and the signal cells.
 */
export function cellSliceSql(by: TSqlRollupBy, filter: TRollupFilter): Prisma.Sql {
  const scope = Prisma.sql`AND ${unitInScopeSql(Prisma.sql`c."unitId"`, filter.scopePath)}`;
  const grain =
    by !== "person"
      ? Prisma.sql`c."personId" = ''`
      : filter.personIds
        ? Prisma.sql`c."personId" = ANY(${[...filter.personIds]}::text[])`
        : Prisma.sql`c."personId" <> ''`;
  const period = filter.period
    ? Prisma.sql`AND c.month >= ${localMonthOf(filter.period.from)} AND c.month < ${localMonthOf(filter.period.to)}`
    : Prisma.empty;
  return Prisma.sql`${grain} ${period} ${scope}`;
}

/**
 * The items of `filter` at `now` as pre-counted cells (the people's, by person; else the
 * units' own totals), one row per cell with its counts: done_on_time, done_late, open and,
 * of the open, overdue (in time = open - overdue) in the columns the roll-up
 * grouping reads (unitId, personId, month). An OPEN cell of an earlier month is
 * overdue and one of a later month in time; this month's open cell splits by its cumulative
 * counts by day of the month: those due before today are overdue, the rest in time, except today's
 * items already past their deadline hour, which are read from the rows (today's few, by the
 * completedAt-deadline index) and each adds one overdue (so one less in time).
 */
export function rollupCellsSql(by: TSqlRollupBy, filter: TRollupFilter, now: Date): Prisma.Sql {
  const level = filter.level ?? "step";
  const current = localMonthOf(now);
  const today = localDateOf(now);
  const daysBefore = Number(today.slice(8, 10)) - 1;
  const dueEarlierToday = Prisma.sql`AND b."completedAt" IS NULL
    AND b.deadline >= ${startOfLocalDay(today)}::timestamp AND b.deadline < ${now}::timestamp`;
  const overdue = Prisma.sql`CASE WHEN c.state <> 'OPEN' OR c.month > ${current} THEN 0 WHEN c.month < ${current} THEN c.n
    ELSE COALESCE(c."openByDay"[${daysBefore}::int], 0) END`;
  return Prisma.sql`
    SELECT c."unitId", c."personId", c.month, c.n AS total,
      CASE WHEN c.state = 'DONE_ON_TIME' THEN c.n ELSE 0 END AS done_on_time,
      CASE WHEN c.state = 'DONE_LATE' THEN c.n ELSE 0 END AS done_late,
      CASE WHEN c.state = 'OPEN' THEN c.n ELSE 0 END AS open,
      ${overdue} AS overdue, c."daysLate" AS days_late, c.extended, c."doneWithinExtension" AS done_within
    FROM ${by === "person" ? Prisma.raw(`"RollupPersonCell"`) : Prisma.raw(`"RollupCell"`)} c
    WHERE c.level = ${level} AND ${cellSliceSql(by, filter)}
    UNION ALL
    SELECT t."unitId", COALESCE(t."personId", ''), ${current}, 0, 0, 0, 0, 1, 0, 0, 0
    FROM (${rollupItemsSql({ ...filter, level }, now, dueEarlierToday)}) t`;
}
