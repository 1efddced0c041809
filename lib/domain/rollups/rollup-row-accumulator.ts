import { signalKinds, type TSignalKind } from "../signals/signal-kind";
import { reportCategories, type TReportCategory } from "./report-category";
import type { TRollupRow } from "./rollup-types";

/** A row being counted: the sum of working days late is kept until the average is taken. */
export type TRollupAccumulator = TRollupRow & { daysLate: number };

export function emptyRollupRow(key: string): TRollupAccumulator {
  return {
    key,
    total: 0,
    categories: Object.fromEntries(reportCategories.map((c) => [c, 0])) as Record<TReportCategory, number>,
    signals: Object.fromEntries(signalKinds.map((k) => [k, 0])) as Record<TSignalKind, number>,
    signalTotal: 0,
    onTimeRate: null,
    averageWorkingDaysLate: null,
    extended: 0,
    doneWithinExtension: 0,
    daysLate: 0,
  };
}

/**
 * Rows in key order with the on-time rate (null when nothing is done) and the mean working
 * days late (null when nothing is late). Shared by rollUp and its SQL form, so the two cannot
 * differ in how the ratios are taken.
 */
export function finishRollupRows(rows: Iterable<TRollupAccumulator>): TRollupRow[] {
  return [...rows]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ daysLate, ...row }) => {
      const done = row.categories.DONE_ON_TIME + row.categories.DONE_LATE;
      return {
        ...row,
        onTimeRate: done === 0 ? null : row.categories.DONE_ON_TIME / done,
        averageWorkingDaysLate: row.categories.DONE_LATE === 0 ? null : daysLate / row.categories.DONE_LATE,
      };
    });
}
