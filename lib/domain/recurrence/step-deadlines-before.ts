import { addCalendarDays } from "../calendar/add-calendar-days";
import { isWorkingDay } from "../calendar/is-working-day";
import type { TLocalDate, TWorkCalendar } from "../calendar/work-calendar";

/** The working day `n` working days before `date` (n = 0: `date` itself). */
function workingDaysBefore(date: TLocalDate, n: number, cal: TWorkCalendar): TLocalDate {
  let day = date;
  for (let i = 0; i < n; i++) {
    let guard = 0;
    do {
      day = addCalendarDays(day, -1);
      if (++guard > 366) throw new RangeError(`No working day within a year before ${date}`);
    } while (!isWorkingDay(day, cal));
  }
  return day;
}

/**
 * Step deadlines of one instance, laid out backwards from the task's deadline: the last step is
 * due with the task, each earlier one the following step's working days before the next step's
 * deadline (a step of 3 days after it leaves it due 3 working days earlier). None is before
 * `today`: an instance created late squeezes its first steps to today rather than being born
 * overdue. The result never goes backwards, as checkTaskDeadlines requires.
 */
export function stepDeadlinesBefore(
  deadline: TLocalDate,
  durations: readonly number[],
  today: TLocalDate,
  cal: TWorkCalendar,
): TLocalDate[] {
  const result: TLocalDate[] = Array.from({ length: durations.length }, () => deadline);
  let due = deadline;
  for (let i = durations.length - 1; i >= 0; i--) {
    result[i] = due < today ? today : due;
    due = workingDaysBefore(due, durations[i], cal);
  }
  return result;
}
