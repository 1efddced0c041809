import "server-only";
import { localMonthOf } from "@/lib/domain/rollups";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import type { TSqlRollupBy } from "./rollup-grouping-sql";

/**
 * The signals of `filter` as pre-counted cells (RollupSignalCell), one row per cell with its
 * count `n`, in the columns the roll-up grouping reads (unitId, unitPath, personId, month,
 * kind). For the same filters as rollupCellsSql (see cellsCanAnswer): by person, the people's
 * cells; otherwise the units' own totals.
 */
export function rollupSignalCellsSql(by: TSqlRollupBy, filter: TRollupFilter): Prisma.Sql {
  const grain = by !== "person"
    ? Prisma.sql`= ''`
    : filter.personIds ? Prisma.sql`= ANY(${[...filter.personIds]}::text[])` : Prisma.sql`<> ''`;
  const period = filter.period
    ? Prisma.sql`AND c.month >= ${localMonthOf(filter.period.from)} AND c.month < ${localMonthOf(filter.period.to)}`
    : Prisma.empty;
  return Prisma.sql`
    SELECT c."unitId", u.path AS "unitPath", c."personId", c.month, c.kind, c.n
    FROM "RollupSignalCell" c JOIN "Unit" u ON u.id = c."unitId"
    WHERE c."personId" ${grain} AND u.path LIKE ${filter.scopePath} || '%' ${period}`;
}
