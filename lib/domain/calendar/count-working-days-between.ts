import { isWeekend } from "./is-weekend";
import { localDateOf } from "./local-date-of";
import { toEpochDay } from "./to-epoch-day";
import type { TWorkCalendar } from "./work-calendar";

/**
 * Working days from the local date of `from` (exclusive) to the local date of `to`
 * (inclusive); negative when `to` is on an earlier date. Same date → 0, whatever the hours.
 * So `countWorkingDaysBetween(start, addWorkingDays(start, n, cal), cal) === n` for n ≥ 1.
 *
 * Computed by arithmetic (weekdays in the range, minus weekday holidays, plus swapped
 * weekends) rather than by walking the days, so a task overdue for years costs the same as
 * one due tomorrow, and the SQL version of the dashboards can follow the same formula.
 */
export function countWorkingDaysBetween(from: Date, to: Date, cal: TWorkCalendar): number {
  const a = toEpochDay(localDateOf(from));
  const b = toEpochDay(localDateOf(to));
  if (a === b) return 0;
  return b > a ? countInRange(a, b, cal) : -countInRange(b, a, cal);
}

/** Working days among epoch days in (lo, hi]. */
function countInRange(lo: number, hi: number, cal: TWorkCalendar): number {
  let count = weekdaysBefore(hi + 1) - weekdaysBefore(lo + 1);
  for (const date of cal.holidays.keys()) {
    if (inRange(date, lo, hi) && !isWeekend(date)) count--;
  }
  for (const date of cal.workingWeekends.keys()) {
    if (inRange(date, lo, hi) && isWeekend(date) && !cal.holidays.has(date)) count++;
  }
  return count;
}

function inRange(date: string, lo: number, hi: number): boolean {
  const day = toEpochDay(date);
  return day > lo && day <= hi;
}

/** Epoch day 4 (1970-01-05) was a Monday. */
const MONDAY_EPOCH_DAY = 4;

/**
 * Monday-to-Friday days before epoch day `x`, counted from an arbitrary Monday. Only the
 * difference of two values is meaningful; floor division keeps it exact for any x.
 */
function weekdaysBefore(x: number): number {
  const k = x - MONDAY_EPOCH_DAY;
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7, 5);
}
