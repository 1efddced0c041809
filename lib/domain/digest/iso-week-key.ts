import { addCalendarDays } from "../calendar/add-calendar-days";
import { dayOfWeek } from "../calendar/day-of-week";
import type { TLocalDate } from "../calendar/work-calendar";

/**
 * The ISO 8601 week of a local date, as "2026-W50": weeks start on Monday, and week 1 is the
 * one holding the year's first Thursday, so 2027-01-01 (a Friday) is in "2026-W53". The weekly
 * summary's DigestRun key: one summary per week.
 */
export function isoWeekKey(localDate: TLocalDate): string {
  const isoDay = dayOfWeek(localDate) || 7;
  const thursday = addCalendarDays(localDate, 4 - isoDay);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
