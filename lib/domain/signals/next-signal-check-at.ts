import { addWorkingDays } from "../calendar/add-working-days";
import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import { localDateOf } from "../calendar/local-date-of";
import { startOfLocalDay } from "../calendar/start-of-local-day";
import type { TWorkCalendar } from "../calendar/work-calendar";
import { groupBy } from "./group-by";
import { isOpenStep } from "./is-open-step";
import { lastActivityOf } from "./last-activity-of";
import type { TSignalInput } from "./signal-input";
import type { TSignalPolicy } from "./signal-policy";

/**
 * For each task of `input`, the first instant after `now` at which detectSignals could give
 * another answer with no write in between, or null when only a write can change its signals.
 * Only four detectors read the clock, and each changes at a known moment:
 * - OVERDUE_NO_EXTENSION and UNDECIDED of an open step appear 1 ms after its deadline (the
 *   deadline instant is on time);
 * - STALLED appears at the start of the day on which the idle working days reach the policy's
 *   threshold;
 * - CONSULTATION_UNANSWERED appears 1 ms after the response deadline.
 * Once a signal is there, its working days grow with time but are counted when it is read
 * (workingDaysSince), so nothing more changes until a write: a new working day costs the
 * sweep only the items that cross one of these moments, not every item already late.
 * The sweep refreshes a task when its moment has come; being early only costs a refresh, being
 * late would leave a signal missing, which the property test of the sweep guards against.
 */
export function nextSignalCheckAt(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "consultations">,
  cal: TWorkCalendar,
  policy: Pick<TSignalPolicy, "stalledAfterWorkingDays">,
  now: Date,
): Map<string, Date | null> {
  const next = new Map<string, Date | null>(input.tasks.map((t) => [t.id, null]));
  const taskById = new Map(input.tasks.map((t) => [t.id, t]));
  const stepById = new Map(input.steps.map((s) => [s.id, s]));
  const eventsByStep = groupBy(input.events, (e) => e.stepId);
  const t = now.getTime();
  const propose = (taskId: string, at: number) => {
    const current = next.get(taskId);
    if (current === undefined) return;
    if (current === null || at < current.getTime()) next.set(taskId, new Date(at));
  };

  for (const step of input.steps) {
    const task = taskById.get(step.taskId);
    if (!task || step.completedAt != null || !isOpenStep(step, task)) continue;
    const deadline = step.deadline.getTime();
    if (t <= deadline) propose(task.id, deadline + 1);
    const { since } = lastActivityOf(step, eventsByStep.get(step.id) ?? []);
    const threshold = policy.stalledAfterWorkingDays;
    if (countWorkingDaysBetween(since, now, cal) < threshold) {
      propose(task.id, startOfLocalDay(localDateOf(addWorkingDays(since, threshold, cal))).getTime());
    }
  }
  for (const c of input.consultations) {
    const task = taskById.get(stepById.get(c.stepId)?.taskId ?? "");
    if (!task || c.answeredAt != null || task.status === "CANCELLED") continue;
    const deadline = c.responseDeadline.getTime();
    if (t <= deadline) propose(task.id, deadline + 1);
  }
  return next;
}
