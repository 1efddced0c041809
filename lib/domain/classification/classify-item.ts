import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";

/** A task or a process step, reduced to what classification needs. */
export type TClassifiableItem = {
  /** The current deadline, after any approved extension. */
  deadline: Date;
  /** The deadline before any extension; kept for reporting, never for the category. */
  originalDeadline?: Date | null | undefined;
  completedAt: Date | null;
};

export type TClassificationPolicy = {
  /** An open item with at most this many working days left is "due soon" (0 = only today). */
  dueSoonWorkingDays: number;
};

type TCommon = { isExtended: boolean };

export type TClassification =
  | (TCommon & { category: "IN_TIME" | "DUE_SOON"; workingDaysLeft: number })
  | (TCommon & { category: "OVERDUE"; workingDaysOverdue: number })
  | (TCommon & { category: "DONE_ON_TIME" })
  | (TCommon & { category: "DONE_LATE"; workingDaysLate: number });

/**
 * Category of an item at instant `now`.
 *
 * The boundary instant belongs to the item: completed exactly at the deadline is on time,
 * and an open item is overdue only once `now` is strictly after the deadline. Day counts
 * use working days by local date (see countWorkingDaysBetween), so an item due at the end
 * of today has 0 days left and is always due soon, and an item whose deadline passed on
 * Friday night is overdue by 0 working days over the weekend: overdue, but not yet by a
 * working day.
 */
export function classifyItem(
  item: TClassifiableItem,
  cal: TWorkCalendar,
  policy: TClassificationPolicy,
  now: Date,
): TClassification {
  const { dueSoonWorkingDays } = policy;
  if (!Number.isInteger(dueSoonWorkingDays) || dueSoonWorkingDays < 0) {
    throw new RangeError(`dueSoonWorkingDays must be a non-negative integer, got ${dueSoonWorkingDays}`);
  }
  const { deadline, originalDeadline, completedAt } = item;
  const isExtended = originalDeadline != null && deadline.getTime() > originalDeadline.getTime();

  if (completedAt) {
    if (completedAt.getTime() <= deadline.getTime()) return { category: "DONE_ON_TIME", isExtended };
    return {
      category: "DONE_LATE",
      workingDaysLate: countWorkingDaysBetween(deadline, completedAt, cal),
      isExtended,
    };
  }
  if (now.getTime() > deadline.getTime()) {
    return {
      category: "OVERDUE",
      workingDaysOverdue: countWorkingDaysBetween(deadline, now, cal),
      isExtended,
    };
  }
  const workingDaysLeft = countWorkingDaysBetween(now, deadline, cal);
  return {
    category: workingDaysLeft <= dueSoonWorkingDays ? "DUE_SOON" : "IN_TIME",
    workingDaysLeft,
    isExtended,
  };
}
