import { addCalendarDays } from "../calendar/add-calendar-days";
import type { TLocalDate, TWorkCalendar } from "../calendar/work-calendar";
import { deadlineOfPeriod } from "./deadline-of-period";
import { nextPeriod } from "./next-period";
import { periodFromKey } from "./period-from-key";
import type { TPeriod, TRecurrenceRule } from "./recurrence-rule";

export type TDuePeriod = TPeriod & { createOn: TLocalDate; deadline: TLocalDate };

/** The day an instance for `period` is created: `leadDays` calendar days before it starts. */
export function createOnOf(rule: Pick<TRecurrenceRule, "leadDays">, period: TPeriod): TLocalDate {
  return addCalendarDays(period.start, -rule.leadDays);
}

/**
 * The periods that need an instance on `today`: from the rule's first period on, those whose
 * creation day has come and whose deadline has not passed. A period whose deadline is already
 * behind (the recurrence was created or resumed late) gets none: a task born overdue would only
 * raise a signal nobody can act on. Periods are walked from the first one, but a year is at
 * most 12 of them, so the walk starts no earlier than needed: periods whose deadline passed
 * more than a year ago are skipped in bulk.
 */
export function duePeriods(rule: TRecurrenceRule, today: TLocalDate, cal: TWorkCalendar): TDuePeriod[] {
  const due: TDuePeriod[] = [];
  let period = periodFromKey(rule.startsOn);
  const horizon = addCalendarDays(today, -400);
  while (period.end < horizon) period = nextPeriod(rule.frequency, period);
  for (;;) {
    const createOn = createOnOf(rule, period);
    if (createOn > today) return due;
    const deadline = deadlineOfPeriod(rule, period, cal);
    if (deadline >= today) due.push({ ...period, createOn, deadline });
    period = nextPeriod(rule.frequency, period);
  }
}

/**
 * The first period, from the rule's first one, whose deadline is still ahead on `today`:
 * the one the list shows as "next period" with its deadline.
 */
export function nextDuePeriod(rule: TRecurrenceRule, today: TLocalDate, cal: TWorkCalendar): TDuePeriod {
  let period = periodFromKey(rule.startsOn);
  const horizon = addCalendarDays(today, -400);
  while (period.end < horizon) period = nextPeriod(rule.frequency, period);
  for (;;) {
    const deadline = deadlineOfPeriod(rule, period, cal);
    if (deadline >= today) return { ...period, createOn: createOnOf(rule, period), deadline };
    period = nextPeriod(rule.frequency, period);
  }
}
