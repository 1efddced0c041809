import "server-only";
import { localDateOf, startOfLocalDay } from "@/lib/domain/calendar";
import type { TCommendationCriteria, TPeriod } from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import { cellsCanAnswer } from "./rollup-cells-sql";
import type { TRollupFilter } from "./rollup-filter";

/** The local year `period` covers exactly (1 January to 1 January), or null. */
function wholeYearOf(period: TPeriod): string | null {
  const year = Number(localDateOf(period.from).slice(0, 4));
  const isWholeYear = period.from.getTime() === startOfLocalDay(`${year}-01-01`).getTime() &&
    period.to.getTime() === startOfLocalDay(`${year + 1}-01-01`).getTime();
  return isWholeYear ? String(year) : null;
}

/**
 * Over a whole year, the only people who can be commended: those of the scope with at least
 * `minDoneOnTime` steps done on time in the year and none done late, read from
 * RollupPersonYear (a few hundred rows) instead of every person's months. Null when it cannot
 * say (another period, a directive or person filter, or a bar of 0, which people with no step
 * done could pass): then everyone is a candidate.
 */
export async function commendationShortlist(
  filter: TRollupFilter & { period: TPeriod },
  criteria: TCommendationCriteria,
): Promise<string[] | null> {
  const year = wholeYearOf(filter.period);
  if (!year || criteria.minDoneOnTime < 1 || !cellsCanAnswer("person", filter) || filter.personIds) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT y."personId" AS id FROM "RollupPersonYear" y JOIN "Unit" u ON u.id = y."unitId"
    WHERE y.year = ${year} AND u.path LIKE ${filter.scopePath} || '%'
    GROUP BY 1 HAVING sum(y."doneLate") = 0 AND sum(y."doneOnTime") >= ${criteria.minDoneOnTime}::int`;
  return rows.map((r) => r.id);
}
