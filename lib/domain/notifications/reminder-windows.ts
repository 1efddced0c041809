import { isWorkingDay, nextWorkingDay, previousWorkingDay, startOfLocalDay } from "../calendar";
import type { TLocalDate, TWorkCalendar } from "../calendar";
import type { TReminderKind } from "./reminder-kind";

/** The deadlines, as instants [from, to), that get `kind` on a given day. */
export type TReminderWindow = { kind: TReminderKind; from: Date; to: Date };

/**
 * reminderKindOn turned around, for one set-based query: on working day `today` each kind
 * covers one run of whole local dates, so the job selects deadlines in three instant ranges
 * instead of judging steps one by one. With T = today, N = the next working day after T, P the
 * last working day before T:
 * - DUE_TODAY: dates in [T, N): T and the days off right after it (due on T, the day before);
 * - DUE_TOMORROW: dates in [N, the working day after N);
 * - OVERDUE: dates in [P, T): the first working day after each of them is T.
 * Empty on a day off. reminder-windows.test.ts checks both rules agree date by date.
 */
export function reminderWindows(today: TLocalDate, cal: TWorkCalendar): TReminderWindow[] {
  if (!isWorkingDay(today, cal)) return [];
  const next = nextWorkingDay(today, cal);
  const range = (kind: TReminderKind, from: TLocalDate, to: TLocalDate): TReminderWindow => ({
    kind,
    from: startOfLocalDay(from),
    to: startOfLocalDay(to),
  });
  return [
    range("OVERDUE", previousWorkingDay(today, cal), today),
    range("DUE_TODAY", today, next),
    range("DUE_TOMORROW", next, nextWorkingDay(next, cal)),
  ];
}
