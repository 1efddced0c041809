import type { TWorkCalendar } from '../calendar/work-calendar';
import type { TSignalKind } from '../signals/signal-kind';
import { isInPeriod } from './is-in-period';
import type { TReportCategory } from './report-category';
import { reportCategoryOf } from './report-category-of';
import { reportingInstant } from './reporting-instant';
import { rollupGrouping, type TRollupOptions } from './rollup-grouping';
import { emptyRollupRow, finishRollupRows } from './rollup-row-accumulator';
import type { TPeriod, TRollupBy, TRollupItem, TRollupSignal } from './rollup-types';

export type TRollupRow = {
  /** personId, unitId, directiveId or 'YYYY-MM'. */
  key: string;
  total: number;
  categories: Record<TReportCategory, number>;
  /** Signals that count against the person (not ACCEPTED), by kind. */
  signals: Record<TSignalKind, number>;
  signalTotal: number;
  /** DONE_ON_TIME / (DONE_ON_TIME + DONE_LATE); null when nothing is done. */
  onTimeRate: number | null;
  /** Mean working days late over the DONE_LATE items; null when there are none. */
  averageWorkingDaysLate: number | null;
  /** Items whose current deadline is later than the original one. */
  extended: number;
  /** Completed after the original deadline but by the extended one (so DONE_ON_TIME). */
  doneWithinExtension: number;
};

/**
 * Per-group counts for the dashboards and reports, at instant `now`.
 * Categories use the current deadline (reportCategoryOf); the original deadline only feeds
 * `extended` and `doneWithinExtension`. Only signals counting against the person are
 * counted (`countsAgainstPerson !== false`). With `period`, only items whose
 * reportingInstant (completion, else deadline) and signals whose `since` lie in [from, to)
 * are counted. Groups: see rollupGrouping. Rows are sorted by key.
 */
export function rollUp(
  items: readonly TRollupItem[],
  signals: readonly TRollupSignal[],
  by: TRollupBy,
  cal: TWorkCalendar,
  now: Date,
  options: TRollupOptions & { period?: TPeriod } = {},
): TRollupRow[] {
  const { period } = options;
  const grouping = rollupGrouping(by, items, options);
  const rows = new Map<string, TRollupRow & { daysLate: number }>();
  const rowOf = (key: string) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = emptyRollupRow(key)));
    return row;
  };
  for (const key of grouping.seedKeys) rowOf(key);

  for (const item of items) {
    if (period && !isInPeriod(reportingInstant(item), period)) continue;
    const { category, workingDaysLate } = reportCategoryOf(item, cal, now);
    const isExtended = item.deadline.getTime() > item.originalDeadline.getTime();
    const isDoneWithinExtension = item.completedAt != null &&
      item.completedAt.getTime() > item.originalDeadline.getTime() &&
      item.completedAt.getTime() <= item.deadline.getTime();
    for (const key of grouping.itemKeys(item)) {
      const row = rowOf(key);
      row.total++;
      row.categories[category]++;
      row.daysLate += workingDaysLate ?? 0;
      if (isExtended) row.extended++;
      if (isDoneWithinExtension) row.doneWithinExtension++;
    }
  }
  for (const signal of signals) {
    if (signal.countsAgainstPerson === false) continue;
    if (period && !isInPeriod(signal.since, period)) continue;
    for (const key of grouping.signalKeys(signal)) {
      const row = rowOf(key);
      row.signals[signal.kind]++;
      row.signalTotal++;
    }
  }
  return finishRollupRows(rows.values());
}
