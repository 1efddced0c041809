import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";
import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeStep } from "./describe-step";
import { groupBy } from "./group-by";
import { hasLapsed } from "./has-lapsed";
import { ownerAt } from "./owner-at";
import { ownershipTransfers } from "./ownership-transfers";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";
import { workingDaysPhrase } from "./signal-words";
import { workingDaysSince } from "./working-days-since";

/**
 * OVERDUE_NO_EXTENSION: a step let past its current deadline by a person who never asked
 * to move that deadline.
 *
 * - The step lapsed (hasLapsed): open past its deadline, or completed after it, so the
 *   signal survives the late completion and period reports still see it.
 * - The subject is the holder at the deadline (ownerAt), not whoever holds it now.
 * - An extension request covers the lapse when it is for this step, by the subject, made at
 *   or before the current deadline (`createdAt <= deadline`) and asking to move a deadline
 *   at least as late as the current one (`previousDeadline >= deadline`), whatever its
 *   status: asking is what counts, even if the head refused. A request that was approved
 *   moved the deadline, so it does not cover the new deadline: lapsing that one silently
 *   is a new signal (the key carries the deadline).
 * - Metrics: workingDaysOverdue = working days from the deadline to the completion; while the
 *   step is open, to whenever the signal is read (workingDaysSince).
 */
export function detectOverdueNoExtension(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "extensionRequests" | "users" | "units">,
  cal: TWorkCalendar,
  now: Date,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const requestsByStep = groupBy(input.extensionRequests, (r) => r.stepId);
  const signals: TSignal[] = [];
  for (const step of input.steps) {
    const task = ctx.taskOf(step.taskId);
    if (!hasLapsed(step, task, now)) continue;

    const deadline = step.deadline.getTime();
    const events = ctx.eventsOfStep(step.id);
    const transfers = ownershipTransfers(events);
    const subject = ownerAt(step, transfers, step.deadline);
    const isCovered = (requestsByStep.get(step.id) ?? []).some(
      (r) => r.requesterId === subject && r.createdAt.getTime() <= deadline && r.previousDeadline.getTime() >= deadline,
    );
    if (isCovered) continue;

    // Still open, the count grows with time: it is counted when read, not stored as of now.
    const days = step.completedAt
      ? countWorkingDaysBetween(step.deadline, step.completedAt, cal)
      : workingDaysSince(step.deadline);
    const facts = {
      step: describeStep(step, task),
      subject: ctx.userName(subject),
      days: workingDaysPhrase(days),
      deadline: formatDate(step.deadline),
      original:
        step.originalDeadline.getTime() < deadline
          ? msg("domain.signals.originalDeadline", { date: formatDate(step.originalDeadline) })
          : "",
      handedOn: subject !== step.ownerId ? msg("domain.signals.handedOn", { owner: ctx.userName(step.ownerId) }) : "",
    };
    const handover = [...transfers].reverse().find((t) => t.to === subject && t.event.at.getTime() <= deadline);

    signals.push({
      key: `OVERDUE_NO_EXTENSION:${step.id}:${deadline}`,
      kind: "OVERDUE_NO_EXTENSION",
      subjectUserId: subject,
      unitId: ctx.userOf(subject)?.unitId ?? step.unitId,
      taskId: step.taskId,
      stepId: step.id,
      consultationId: null,
      since: step.deadline,
      explanation: step.completedAt
        ? msg("domain.signals.overdueDone", { ...facts, completedAt: formatDate(step.completedAt) })
        : msg("domain.signals.overdueOpen", facts),
      evidenceEventIds: [
        ...(handover ? [handover.event.id] : []),
        ...events.filter((e) => e.kind === "EXTENSION_APPROVED" || e.kind === "STEP_COMPLETED").map((e) => e.id),
      ],
      metrics: { workingDaysOverdue: days },
    });
  }
  return signals;
}
