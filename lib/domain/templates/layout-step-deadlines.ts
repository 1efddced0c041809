import { addWorkingDays, localDateOf, type TLocalDate, type TWorkCalendar } from "../calendar";

/**
 * Lays out step deadlines from a template's default durations in working days: each step
 * starts when the previous one is due (the first when the task is assigned, `start`), so
 * step i is due `durations[i]` working days after step i-1's deadline. Returns local dates.
 */
export function layoutStepDeadlines(start: Date, durations: readonly number[], cal: TWorkCalendar): TLocalDate[] {
  const dates: TLocalDate[] = [];
  let from = start;
  for (const days of durations) {
    const deadline = addWorkingDays(from, days, cal);
    dates.push(localDateOf(deadline));
    from = deadline;
  }
  return dates;
}
