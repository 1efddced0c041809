import { addWorkingDays } from '../calendar/add-working-days';
import { countWorkingDaysBetween } from '../calendar/count-working-days-between';
import { localDateOf } from '../calendar/local-date-of';
import { nextWorkingDay } from '../calendar/next-working-day';
import { startOfLocalDay } from '../calendar/start-of-local-day';
import type { TWorkCalendar } from '../calendar/work-calendar';
import { groupBy } from './group-by';
import { isOpenStep } from './is-open-step';
import { lastActivityOf } from './last-activity-of';
import type { TSignalInput } from './signal-input';
import type { TSignalPolicy } from './signal-policy';

/**
 * For each task of `input`, the first instant after `now` at which detectSignals could give
 * another answer with no write in between, or null when only a write can change its signals.
 * Only four detectors read the clock, and each changes at known moments:
 * - OVERDUE_NO_EXTENSION and UNDECIDED of an open step appear 1 ms after its deadline (the
 *   deadline instant is on time); once lapsed, their working days overdue grow at the start
 *   of each working day (countWorkingDaysBetween counts local dates);
 * - STALLED appears at the start of the day on which the idle working days reach the policy's
 *   threshold, then grows at the start of each working day;
 * - CONSULTATION_UNANSWERED appears 1 ms after the response deadline, then grows likewise.
 * The sweep refreshes a task when its moment has come; being early only costs a refresh, being
 * late would leave a signal stale, which the property test of the sweep guards against.
 */
export function nextSignalCheckAt(
  input: Pick<TSignalInput, 'tasks' | 'steps' | 'events' | 'consultations'>,
  cal: TWorkCalendar,
  policy: Pick<TSignalPolicy, 'stalledAfterWorkingDays'>,
  now: Date,
): Map<string, Date | null> {
  const next = new Map<string, Date | null>(input.tasks.map((t) => [t.id, null]));
  const taskById = new Map(input.tasks.map((t) => [t.id, t]));
  const stepById = new Map(input.steps.map((s) => [s.id, s]));
  const eventsByStep = groupBy(input.events, (e) => e.stepId);
  const t = now.getTime();
  const growth = startOfLocalDay(nextWorkingDay(localDateOf(now), cal)).getTime();
  const propose = (taskId: string, at: number) => {
    const current = next.get(taskId);
    if (current === undefined) return;
    if (current === null || at < current.getTime()) next.set(taskId, new Date(at));
  };

  for (const step of input.steps) {
    const task = taskById.get(step.taskId);
    if (!task || step.completedAt != null || !isOpenStep(step, task)) continue;
    const deadline = step.deadline.getTime();
    propose(task.id, t <= deadline ? deadline + 1 : growth);
    const { since } = lastActivityOf(step, eventsByStep.get(step.id) ?? []);
    const threshold = policy.stalledAfterWorkingDays;
    propose(task.id, countWorkingDaysBetween(since, now, cal) >= threshold
      ? growth
      : startOfLocalDay(localDateOf(addWorkingDays(since, threshold, cal))).getTime());
  }
  for (const c of input.consultations) {
    const task = taskById.get(stepById.get(c.stepId)?.taskId ?? '');
    if (!task || c.answeredAt != null || task.status === 'CANCELLED') continue;
    const deadline = c.responseDeadline.getTime();
    propose(task.id, t <= deadline ? deadline + 1 : growth);
  }
  return next;
}
