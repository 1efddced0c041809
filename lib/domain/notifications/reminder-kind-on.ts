import { isWorkingDay, localDateOf, nextWorkingDay, workingDayOnOrBefore } from "../calendar";
import type { TLocalDate, TWorkCalendar } from "../calendar";
import type { TReminderKind } from "./reminder-kind";

/**
 * The reminder an open step with this deadline gets on the local date `today`, or null.
 *
 * - Nobody is reminded on a day off (weekend, Tết, a holiday): null unless `today` is a working
 *   day (a swapped Saturday is one).
 * - The deadline stays as stored; what moves is the day it is *treated as due*: the deadline's
 *   own date if it is a working day, else the last working day before it (a deadline on a
 *   holiday or a Sunday cannot be met on that day, so the work is due before the break).
 * - DUE_TODAY on that due day; DUE_TOMORROW on the working day before it (so a deadline on the
 *   Thursday after Tết is announced on the last working day before Tết, and a deadline on a
 *   Sunday gets DUE_TOMORROW on Thursday and DUE_TODAY on Friday).
 * - OVERDUE once, on the first working day after the deadline's date. Only once: from then on
 *   the step stays on the person's "overdue" list, in every daily digest and in the signals;
 *   a bell every morning for the same step would teach people to ignore the bell.
 */
export function reminderKindOn(deadline: Date, today: TLocalDate, cal: TWorkCalendar): TReminderKind | null {
  if (!isWorkingDay(today, cal)) return null;
  const deadlineDate = localDateOf(deadline);
  const dueDay = workingDayOnOrBefore(deadlineDate, cal);
  if (dueDay === today) return "DUE_TODAY";
  if (dueDay === nextWorkingDay(today, cal)) return "DUE_TOMORROW";
  if (nextWorkingDay(deadlineDate, cal) === today) return "OVERDUE";
  return null;
}
