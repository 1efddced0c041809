import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";
import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeStep } from "./describe-step";
import { hasLapsed } from "./has-lapsed";
import { ownerAt } from "./owner-at";
import { ownershipTransfers } from "./ownership-transfers";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";
import { workingDaysPhrase } from "./signal-words";
import { workingDaysSince } from "./working-days-since";

/**
 * UNDECIDED: a decision (a step of kind APPROVE) that lapsed (hasLapsed: open past its
 * current deadline, or decided after it), whether or not an extension was asked for: the
 * decision within the subject's authority was not made in time.
 * Subject: the holder at the deadline (ownerAt). Metrics: workingDaysOverdue, from the
 * deadline to the decision; while undecided, to whenever the signal is read (workingDaysSince).
 */
export function detectUndecided(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "users" | "units">,
  cal: TWorkCalendar,
  now: Date,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const step of input.steps) {
    if (step.kind !== "APPROVE") continue;
    const task = ctx.taskOf(step.taskId);
    if (!hasLapsed(step, task, now)) continue;

    const events = ctx.eventsOfStep(step.id);
    const subject = ownerAt(step, ownershipTransfers(events), step.deadline);
    const days = step.completedAt
      ? countWorkingDaysBetween(step.deadline, step.completedAt, cal)
      : workingDaysSince(step.deadline);
    const name = ctx.userName(subject);
    const facts = {
      name,
      step: describeStep(step, task),
      days: workingDaysPhrase(days),
      deadline: formatDate(step.deadline),
    };
    const explanation = step.completedAt
      ? msg("domain.signals.undecidedLate", { ...facts, decidedAt: formatDate(step.completedAt) })
      : msg("domain.signals.undecidedOpen", facts);

    signals.push({
      key: `UNDECIDED:${step.id}:${step.deadline.getTime()}`,
      kind: "UNDECIDED",
      subjectUserId: subject,
      unitId: ctx.userOf(subject)?.unitId ?? step.unitId,
      taskId: step.taskId,
      stepId: step.id,
      consultationId: null,
      since: step.deadline,
      explanation,
      evidenceEventIds: events
        .filter((e) => e.kind === "STEP_ASSIGNED" || e.kind === "STEP_REASSIGNED" || e.kind === "STEP_COMPLETED")
        .map((e) => e.id),
      metrics: { workingDaysOverdue: days },
    });
  }
  return signals;
}
