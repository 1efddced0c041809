import { endOfLocalDay } from "../calendar/end-of-local-day";
import { localDateOf } from "../calendar/local-date-of";
import { addWorkingDays } from "../calendar/add-working-days";
import type { TLocalDate, TWorkCalendar } from "../calendar/work-calendar";
import { daysInMonth } from "./period-from-key";
import type { TPeriod, TRecurrenceRule } from "./recurrence-rule";

type TDeadlinePart = Pick<TRecurrenceRule, "deadlineRule" | "deadlineDay" | "deadlineNextMonth" | "deadlineOffset">;

/**
 * The local date a period's instance is due.
 *
 * FIXED_DAY keeps the stated date even when it is a weekend or a holiday: Vietnamese
 * directives word these deadlines as a calendar date ("trước ngày 20 hằng tháng"), the
 * receiving office reads them that way, and moving the date to the previous working day
 * would make the tracker stricter than the directive. Day 29–31 is clamped to the month's
 * last day (31 → 30 in April, 28/29 in February).
 *
 * WORKING_DAYS_AFTER_PERIOD counts working days from the day after the period ends (Tết,
 * holidays, swapped Saturdays), as addWorkingDays does from a day of receipt.
 */
export function deadlineOfPeriod(rule: TDeadlinePart, period: TPeriod, cal: TWorkCalendar): TLocalDate {
  if (rule.deadlineRule === "WORKING_DAYS_AFTER_PERIOD") {
    const n = rule.deadlineOffset ?? 0;
    return localDateOf(addWorkingDays(endOfLocalDay(period.end), Math.max(n, 1), cal));
  }
  let year = Number(period.end.slice(0, 4));
  let month = Number(period.end.slice(5, 7));
  if (rule.deadlineNextMonth) {
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  const day = Math.min(rule.deadlineDay ?? 1, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
