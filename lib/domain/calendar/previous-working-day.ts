import { addCalendarDays } from "./add-calendar-days";
import { isWorkingDay } from "./is-working-day";
import type { TLocalDate, TWorkCalendar } from "./work-calendar";

/** Bounds the search so that a calendar with every day marked off throws instead of hanging. */
const MAX_SEARCH_DAYS = 366;

/** The last working day strictly before `localDate`. */
export function previousWorkingDay(localDate: TLocalDate, cal: TWorkCalendar): TLocalDate {
  let day = localDate;
  for (let i = 0; i < MAX_SEARCH_DAYS; i++) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day, cal)) return day;
  }
  throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days before ${localDate}`);
}

/** `localDate` itself if it is a working day, else the last one before it. */
export function workingDayOnOrBefore(localDate: TLocalDate, cal: TWorkCalendar): TLocalDate {
  return isWorkingDay(localDate, cal) ? localDate : previousWorkingDay(localDate, cal);
}
