import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";
import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeStep } from "./describe-step";
import { isOpenStep } from "./is-open-step";
import { workingDaysSince } from "./working-days-since";
import { lastActivityOf } from "./last-activity-of";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";
import type { TSignalPolicy } from "./signal-policy";

/**
 * STALLED: an open step (isOpenStep, not completed) whose last activity is at least
 * `stalledAfterWorkingDays` working days before `now`, counted by local date with
 * countWorkingDaysBetween (so weekends and holidays do not count, and the hour does not matter).
 *
 * Last activity = the later of `step.lastActivityAt` and the `at` of the latest event of
 * ANY kind whose stepId is the step (progress, handover, extension, consultation, ...): any
 * recorded movement on the step resets the clock. This is a state signal: the next event
 * ends it, and the next stall is a new signal (the key carries the last-activity instant).
 * Subject: the current owner. Metrics: workingDaysIdle, counted when read (workingDaysSince).
 */
export function detectStalled(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "users" | "units">,
  cal: TWorkCalendar,
  policy: Pick<TSignalPolicy, "stalledAfterWorkingDays">,
  now: Date,
): TSignal[] {
  const threshold = policy.stalledAfterWorkingDays;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`stalledAfterWorkingDays must be a positive integer, got ${threshold}`);
  }
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const step of input.steps) {
    const task = ctx.taskOf(step.taskId);
    if (step.completedAt != null || !isOpenStep(step, task)) continue;

    const { since, latest } = lastActivityOf(step, ctx.eventsOfStep(step.id));
    const days = countWorkingDaysBetween(since, now, cal);
    if (days < threshold) continue;
    // The stall lasts until the next activity, a write: its length is counted when read.
    const idle = workingDaysSince(since);

    signals.push({
      key: `STALLED:${step.id}:${since.getTime()}`,
      kind: "STALLED",
      subjectUserId: step.ownerId,
      unitId: ctx.userOf(step.ownerId)?.unitId ?? step.unitId,
      taskId: step.taskId,
      stepId: step.id,
      consultationId: null,
      since,
      explanation: msg("domain.signals.stalled", {
        step: describeStep(step, task),
        owner: ctx.userName(step.ownerId),
        days: idle,
        last: formatDate(since),
        threshold,
      }),
      evidenceEventIds: latest ? [latest.id] : [],
      metrics: { workingDaysIdle: idle },
    });
  }
  return signals;
}
