import "server-only";
import { emptyRollupRow, finishRollupRows, reportCategories, type TRollupRow } from "@/lib/domain/rollups";
import type { TSignalKind } from "@/lib/domain/signals";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import { rollupGroupingSql, type TSqlRollupBy, type TSqlRollupOptions } from "./rollup-grouping-sql";
import { rollupCellsSql, cellsCanAnswer } from "./rollup-cells-sql";
import { rollupItemsSql } from "./rollup-items-sql";
import { rollupSignalCellsSql } from "./rollup-signal-cells-sql";
import { rollupSignalsSql } from "./rollup-signals-sql";

type TItemAgg = {
  key: string | null;
  total: number;
  DONE_ON_TIME: number;
  DONE_LATE: number;
  IN_TIME: number;
  OVERDUE: number;
  daysLate: number;
  extended: number;
  doneWithinExtension: number;
};
type TSignalAgg = { key: string | null; kind: TSignalKind; n: number };

/** The item counts of the fine groups `f` summed per reported group. */
const itemSums = Prisma.sql`sum(f.total)::int AS total,
  sum(f.done_on_time)::int AS "DONE_ON_TIME", sum(f.done_late)::int AS "DONE_LATE",
  sum(f.in_time)::int AS "IN_TIME", sum(f.overdue)::int AS "OVERDUE",
  sum(f.days_late)::int AS "daysLate", sum(f.extended)::int AS extended,
  sum(f.done_within)::int AS "doneWithinExtension"`;

/**
 * The database form of lib/domain/rollups/rollUp: the same rows, number for number, for the
 * items and signals of `filter` at `now`, counted in SQL (only one row per group reaches
 * JavaScript), from the pre-counted cells when they can answer. With 'unit' and `unitIds`,
 * exactly the listed units get rows, as rollUp with `units`; with subunits (the default) each
 * unit also counts everything below it.
 */
export async function rollUpInSql(
  by: TSqlRollupBy,
  filter: TRollupFilter,
  now: Date,
  options: TSqlRollupOptions = {},
): Promise<TRollupRow[]> {
  if (by === "unit") return (await rollUpUnitsInSql(filter, now, [options]))[0];
  const g = rollupGroupingSql(by, options);
  const [items, signals] = await Promise.all([
    db.$queryRaw<TItemAgg[]>`
      WITH f AS (${fineItemCounts(by, filter, now)})
      SELECT ${g.key} AS key, ${itemSums} FROM f ${g.join} GROUP BY 1`,
    db.$queryRaw<TSignalAgg[]>`
      WITH f AS (${fineSignalCounts(by, filter)})
      SELECT ${g.key} AS key, f.kind, sum(f.n)::int AS n FROM f ${g.join} GROUP BY 1, 2`,
  ]);
  return toRows(items, signals, []);
}

/**
 * Several roll-ups by unit of the same filter at once, one list of rows per grouping (as
 * rollUpInSql("unit", filter, now, grouping) each): the items and the signals are counted
 * per unit once, in one statement each, and every grouping sums those counts (a unit table's
 * rows, its parent's own work and its total read the cells once, not three times).
 */
export async function rollUpUnitsInSql(
  filter: TRollupFilter,
  now: Date,
  groupings: readonly TSqlRollupOptions[],
): Promise<TRollupRow[][]> {
  const gs = groupings.map((options) => rollupGroupingSql("unit", options));
  const each = (select: (g: (typeof gs)[number]) => Prisma.Sql) =>
    Prisma.join(
      gs.map((g, i) => Prisma.sql`SELECT ${i}::int AS g, ${select(g)}`),
      " UNION ALL ",
    );
  const [items, signals] = await Promise.all([
    db.$queryRaw<(TItemAgg & { g: number })[]>`
      WITH f AS MATERIALIZED (${fineItemCounts("unit", filter, now)})
      ${each((g) => Prisma.sql`${g.key} AS key, ${itemSums} FROM f ${g.join} GROUP BY 2`)}`,
    db.$queryRaw<(TSignalAgg & { g: number })[]>`
      WITH f AS MATERIALIZED (${fineSignalCounts("unit", filter)})
      ${each((g) => Prisma.sql`${g.key} AS key, f.kind, sum(f.n)::int AS n FROM f ${g.join} GROUP BY 2, 3`)}`,
  ]);
  return groupings.map((options, i) =>
    toRows(
      items.filter((a) => a.g === i),
      signals.filter((s) => s.g === i),
      options.unitIds ?? [],
    ),
  );
}

/**
 * The items counted per fine group key: from the pre-counted cells when they can answer
 * (cellsCanAnswer), else from the rows themselves. Both give the same numbers.
 */
function fineItemCounts(by: TSqlRollupBy, filter: TRollupFilter, now: Date): Prisma.Sql {
  if (cellsCanAnswer(by, filter)) {
    const g = rollupGroupingSql(by, {}, Prisma.sql`x.month`);
    return Prisma.sql`
      SELECT ${g.fine} AS fk, sum(x.total) AS total, sum(x.done_on_time) AS done_on_time, sum(x.done_late) AS done_late,
        sum(x.open) - sum(x.overdue) AS in_time, sum(x.overdue) AS overdue, sum(x.days_late) AS days_late,
        sum(x.extended) AS extended, sum(x.done_within) AS done_within
      FROM (${rollupCellsSql(by, filter, now)}) x GROUP BY 1`;
  }
  return Prisma.sql`
    SELECT ${rollupGroupingSql(by).fine} AS fk, count(*) AS total,
      count(*) FILTER (WHERE x.category = 'DONE_ON_TIME') AS done_on_time,
      count(*) FILTER (WHERE x.category = 'DONE_LATE') AS done_late,
      count(*) FILTER (WHERE x.category = 'IN_TIME') AS in_time,
      count(*) FILTER (WHERE x.category = 'OVERDUE') AS overdue,
      COALESCE(sum(x."daysLate"), 0) AS days_late,
      count(*) FILTER (WHERE x."isExtended") AS extended,
      count(*) FILTER (WHERE x."isDoneWithinExtension") AS done_within
    FROM (${rollupItemsSql(filter, now)}) x GROUP BY 1`;
}

/** The signals counted per fine group key and kind: from the cells when they can answer, else from the signals. */
function fineSignalCounts(by: TSqlRollupBy, filter: TRollupFilter): Prisma.Sql {
  if (cellsCanAnswer(by, filter)) {
    const g = rollupGroupingSql(by, {}, Prisma.sql`x.month`);
    return Prisma.sql`SELECT ${g.fine} AS fk, x.kind, sum(x.n) AS n FROM (${rollupSignalCellsSql(by, filter)}) x GROUP BY 1, 2`;
  }
  const g = rollupGroupingSql(by);
  return Prisma.sql`SELECT ${g.fine} AS fk, x.kind, count(*) AS n FROM (${rollupSignalsSql(filter)}) x GROUP BY 1, 2`;
}

function toRows(items: TItemAgg[], signals: TSignalAgg[], seeds: readonly string[]): TRollupRow[] {
  const rows = new Map<string, TRollupRow & { daysLate: number }>();
  const rowOf = (key: string) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRollupRow(key)));
    return row;
  };
  for (const key of seeds) rowOf(key);
  for (const a of items) {
    if (a.key == null) continue; // tasks have no person
    const row = rowOf(a.key);
    row.total = a.total;
    for (const c of reportCategories) row.categories[c] = a[c];
    row.daysLate = a.daysLate;
    row.extended = a.extended;
    row.doneWithinExtension = a.doneWithinExtension;
  }
  for (const s of signals) {
    if (s.key == null) continue; // a consultation unanswered by a unit concerns no person
    const row = rowOf(s.key);
    row.signals[s.kind] = s.n;
    row.signalTotal += s.n;
  }
  return finishRollupRows(rows.values());
}
