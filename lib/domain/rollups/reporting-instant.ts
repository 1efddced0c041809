import type { TRollupItem } from "./rollup-types";

/**
 * The instant an item is reported at, for months and periods: its completion when done,
 * else its current deadline. So a month's row tells how the work finished that month and
 * the open work falling due that month stands; an overdue item stays in the month it fell
 * due (where it was missed) until it is completed, then moves to its completion month.
 */
export function reportingInstant(item: Pick<TRollupItem, "deadline" | "completedAt">): Date {
  return item.completedAt ?? item.deadline;
}
