import "server-only";
import type { TRollupBy } from "@/lib/domain/rollups";
import { Prisma } from "@/lib/server/db/generated/client";
import { localMonthSql } from "./local-month-sql";

export type TSqlRollupBy = TRollupBy | "unitMonth";

export type TSqlRollupOptions = {
  /** For 'unit' and 'unitMonth': the units to report; each gets a row even when empty. */
  unitIds?: readonly string[];
  /** For 'unit': count the units below each unit too (default true; 'unitMonth' always does). */
  includeSubunits?: boolean;
};

/**
 * How rows are grouped, in two stages so that no row is matched against the tree more than
 * once: `fine` is a key over an item or signal row `x` (a unit's id, a person, a month),
 * the rows are counted per fine key, then `join` maps each fine group `f` to the reported
 * groups (for units: the fine group's unit is looked up once, and every listed unit on its
 * path, whose segments are unit ids, gets its counts; matched by id rather than by prefix,
 * so a hash lookup per segment) and `key` names the group. The rows themselves never need
 * their unit's path, so the pre-counted cells are summed without a join.
 * Mirrors lib/domain/rollups/rollupGrouping; 'unitMonth' keys are `${unitId}|YYYY-MM`.
 * `month` is the row's local month: by default that of x."reportedAt" (roll-up cells carry
 * their month already).
 */
export function rollupGroupingSql(
  by: TSqlRollupBy,
  options: TSqlRollupOptions = {},
  month: Prisma.Sql = localMonthSql(Prisma.sql`x."reportedAt"`),
) {
  const ids = [...(options.unitIds ?? [])];
  const identity = { key: Prisma.sql`f.fk`, join: Prisma.empty };
  switch (by) {
    case "person":
      return { fine: Prisma.sql`x."personId"`, ...identity };
    case "directive":
      return { fine: Prisma.sql`x."directiveId"`, ...identity };
    case "month":
      return { fine: month, ...identity };
    case "unit":
      if (options.includeSubunits === false) {
        return {
          fine: Prisma.sql`x."unitId"`,
          key: Prisma.sql`f.fk`,
          join: Prisma.sql`WHERE f.fk = ANY(${ids}::text[])`,
        };
      }
      return {
        fine: Prisma.sql`x."unitId"`,
        key: Prisma.sql`seg.id`,
        join: Prisma.sql`JOIN "Unit" fu ON fu.id = f.fk
          CROSS JOIN LATERAL unnest(string_to_array(fu.path, '/')) AS seg(id) WHERE seg.id = ANY(${ids}::text[])`,
      };
    case "unitMonth":
      return {
        fine: Prisma.sql`x."unitId" || '|' || ${month}`,
        key: Prisma.sql`seg.id || '|' || split_part(f.fk, '|', 2)`,
        join: Prisma.sql`JOIN "Unit" fu ON fu.id = split_part(f.fk, '|', 1)
          CROSS JOIN LATERAL unnest(string_to_array(fu.path, '/')) AS seg(id) WHERE seg.id = ANY(${ids}::text[])`,
      };
  }
}
