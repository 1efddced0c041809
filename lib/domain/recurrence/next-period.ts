import { addCalendarDays } from "../calendar/add-calendar-days";
import { periodOf } from "./period-of";
import type { TPeriod, TRecurrenceFrequency } from "./recurrence-rule";

/** The period right after `period`. */
export function nextPeriod(frequency: TRecurrenceFrequency, period: TPeriod): TPeriod {
  return periodOf(frequency, addCalendarDays(period.end, 1));
}
