import { endOfLocalDay } from "./end-of-local-day";
import { localDateOf } from "./local-date-of";
import { nextWorkingDay, workingDayOnOrAfter } from "./next-working-day";
import type { TWorkCalendar } from "./work-calendar";

/**
 * Deadline of work received at instant `start` with `n` working days to do it.
 *
 * Day 1 is the first working day after the local date of `start` (the day of receipt is not
 * counted, whatever the hour), and the deadline is the END of the n-th working day,
 * 23:59:59.999 Asia/Ho_Chi_Minh. We chose end of day rather than 17:00 because a document
 * sent or signed on the last day, even after office hours, is treated as on time, and
 * because every deadline then shares one shape that the SQL reports can compare by date.
 *
 * n = 0 means "within the day": the end of the start day if it is a working day, else the
 * end of the next working day.
 */
export function addWorkingDays(start: Date, n: number, cal: TWorkCalendar): Date {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`Working days must be a non-negative integer, got ${n}`);
  }
  let day = localDateOf(start);
  if (n === 0) return endOfLocalDay(workingDayOnOrAfter(day, cal));
  for (let i = 0; i < n; i++) day = nextWorkingDay(day, cal);
  return endOfLocalDay(day);
}
