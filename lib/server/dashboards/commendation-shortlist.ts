import "server-only";
import { localDateOf, startOfLocalDay } from "@/lib/domain/calendar";
import type { TCommendationCriteria, TPeriod } from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import { cellSliceSql, cellsCanAnswer } from "./rollup-cells-sql";
import type { TRollupFilter } from "./rollup-filter";

/** The local year `period` covers exactly (1 January to 1 January), or null. */
function wholeYearOf(period: TPeriod): string | null {
  const year = Number(localDateOf(period.from).slice(0, 4));
  const isWholeYear =
    period.from.getTime() === startOfLocalDay(`${year}-01-01`).getTime() &&
    period.to.getTime() === startOfLocalDay(`${year + 1}-01-01`).getTime();
  return isWholeYear ? String(year) : null;
}

/**
 * The only people who can be commended: those of the scope with at least `minDoneOnTime`
 * steps done on time in the period and none done late. Over a whole year, read from
 * RollupPersonYear (a few hundred rows); over other whole months, from the people's cells of
 * those months (summed in SQL: only the shortlist comes back, not everyone's roll-up). The
 * exact criteria (nothing overdue, no signal) are checked on the shortlist afterwards. Null
 * when it cannot say (not whole months, a directive or person filter, or a bar of 0, which
 * people with no step done could pass): then everyone is a candidate.
 */
export async function commendationShortlist(
  filter: TRollupFilter & { period: TPeriod },
  criteria: TCommendationCriteria,
): Promise<string[] | null> {
  if (criteria.minDoneOnTime < 1 || !cellsCanAnswer("person", filter) || filter.personIds) return null;
  const year = wholeYearOf(filter.period);
  const rows = year
    ? await db.$queryRaw<{ id: string }[]>`
        SELECT y."personId" AS id FROM "RollupPersonYear" y JOIN "Unit" u ON u.id = y."unitId"
        WHERE y.year = ${year} AND u.path LIKE ${filter.scopePath} || '%'
        GROUP BY 1 HAVING sum(y."doneLate") = 0 AND sum(y."doneOnTime") >= ${criteria.minDoneOnTime}::int`
    : await db.$queryRaw<{ id: string }[]>`
        SELECT c."personId" AS id FROM "RollupPersonCell" c
        WHERE c.level = 'step' AND ${cellSliceSql("person", filter)} AND c.state IN ('DONE_ON_TIME', 'DONE_LATE')
        GROUP BY 1
        HAVING COALESCE(sum(c.n) FILTER (WHERE c.state = 'DONE_LATE'), 0) = 0
          AND sum(c.n) FILTER (WHERE c.state = 'DONE_ON_TIME') >= ${criteria.minDoneOnTime}::int`;
  return rows.map((r) => r.id);
}
