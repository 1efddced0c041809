import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import { cellSliceSql } from "./rollup-cells-sql";
import type { TRollupFilter } from "./rollup-filter";
import type { TSqlRollupBy } from "./rollup-grouping-sql";

/**
 * The signals of `filter` as pre-counted cells (RollupSignalCell), one row per cell with its
 * count `n`, in the columns the roll-up grouping reads (unitId, personId, month,
 * kind). For the same filters and the same slice of cells as rollupCellsSql (see
 * cellsCanAnswer and cellSliceSql).
 */
export function rollupSignalCellsSql(by: TSqlRollupBy, filter: TRollupFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT c."unitId", c."personId", c.month, c.kind, c.n
    FROM "RollupSignalCell" c
    WHERE ${cellSliceSql(by, filter)}`;
}
