import type { TWorkCalendar } from "../calendar/work-calendar";
import { isInPeriod } from "./is-in-period";
import { reportCategoryOf } from "./report-category-of";
import { reportingInstant } from "./reporting-instant";
import { rollupGrouping, type TRollupOptions } from "./rollup-grouping";
import { emptyRollupRow, finishRollupRows } from "./rollup-row-accumulator";
import type { TPeriod, TRollupBy, TRollupItem, TRollupRow, TRollupSignal } from "./rollup-types";

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
    const isDoneWithinExtension =
      item.completedAt != null &&
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
