import type { TWorkCalendar } from "../calendar/work-calendar";
import { classifyItem } from "../classification/classify-item";
import type { TReportCategory } from "./report-category";
import type { TRollupItem } from "./rollup-types";

export type TReportClassification = { category: TReportCategory; workingDaysLate: number | null };

/**
 * The report category of an item at `now`: classifyItem against the CURRENT deadline
 * (completed at the deadline instant is on time; open with `now === deadline` is in time),
 * with DUE_SOON counted as IN_TIME. `workingDaysLate` is set for DONE_LATE only.
 */
export function reportCategoryOf(
  item: Pick<TRollupItem, "deadline" | "originalDeadline" | "completedAt">,
  cal: TWorkCalendar,
  now: Date,
): TReportClassification {
  const c = classifyItem(item, cal, { dueSoonWorkingDays: 0 }, now);
  switch (c.category) {
    case "DONE_LATE":
      return { category: "DONE_LATE", workingDaysLate: c.workingDaysLate };
    case "DUE_SOON":
      return { category: "IN_TIME", workingDaysLate: null };
    default:
      return { category: c.category, workingDaysLate: null };
  }
}
