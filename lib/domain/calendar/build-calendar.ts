import { isLocalDate } from "./is-local-date";
import { isWeekend } from "./is-weekend";
import type { TCalendarEntry, TLocalDate, TWorkCalendar } from "./work-calendar";

/**
 * Builds the calendar from the admin's rows. Rejects (RangeError) what can only be a data
 * mistake, because a silently wrong calendar would move every deadline in the sector:
 * an invalid date, a date entered both as a holiday and as a working day, and a "swapped
 * working day" that is not a Saturday or Sunday. The admin form's schema should enforce
 * the same rules so that the error is shown before it is saved.
 */
export function buildCalendar(entries: readonly TCalendarEntry[]): TWorkCalendar {
  const holidays = new Map<TLocalDate, string>();
  const workingWeekends = new Map<TLocalDate, string>();
  for (const entry of entries) {
    if (!isLocalDate(entry.date)) {
      throw new RangeError(`Calendar entry has an invalid date "${entry.date}"`);
    }
    const isHoliday = entry.kind === "HOLIDAY";
    const conflicting = isHoliday ? workingWeekends : holidays;
    if (conflicting.has(entry.date)) {
      throw new RangeError(`${entry.date} is listed both as a holiday and as a working day`);
    }
    if (!isHoliday && !isWeekend(entry.date)) {
      throw new RangeError(`${entry.date} is not a Saturday or Sunday, so it cannot be a swapped working day`);
    }
    (isHoliday ? holidays : workingWeekends).set(entry.date, entry.name);
  }
  return { holidays, workingWeekends };
}
