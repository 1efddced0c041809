import { isWeekend } from "./is-weekend";
import type { TLocalDate, TWorkCalendar } from "./work-calendar";

export function isWorkingDay(localDate: TLocalDate, cal: TWorkCalendar): boolean {
  if (cal.holidays.has(localDate)) return false;
  return isWeekend(localDate) ? cal.workingWeekends.has(localDate) : true;
}
