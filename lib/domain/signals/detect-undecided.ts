import { countWorkingDaysBetween } from '../calendar/count-working-days-between';
import type { TWorkCalendar } from '../calendar/work-calendar';
import { formatDate } from '../format/format-date';
import { buildSignalContext } from './build-signal-context';
import { describeStep } from './describe-step';
import { hasLapsed } from './has-lapsed';
import { ownerAt } from './owner-at';
import { ownershipTransfers } from './ownership-transfers';
import type { TSignal } from './signal';
import type { TSignalInput } from './signal-input';
import { workingDaysPhrase } from './working-days-phrase';

/**
 * UNDECIDED: a decision (a step of kind APPROVE) that lapsed (hasLapsed: open past its
 * current deadline, or decided after it), whether or not an extension was asked for: the
 * decision within the subject's authority was not made in time.
 * Subject: the holder at the deadline (ownerAt). Metrics: workingDaysOverdue, from the
 * deadline to the decision (or now).
 */
export function detectUndecided(
  input: Pick<TSignalInput, 'tasks' | 'steps' | 'events' | 'users' | 'units'>,
  cal: TWorkCalendar,
  now: Date,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const step of input.steps) {
    if (step.kind !== 'APPROVE') continue;
    const task = ctx.taskOf(step.taskId);
    if (!hasLapsed(step, task, now)) continue;

    const events = ctx.eventsOfStep(step.id);
    const subject = ownerAt(step, ownershipTransfers(events), step.deadline);
    const days = countWorkingDaysBetween(step.deadline, step.completedAt ?? now, cal);
    const name = ctx.userName(subject);
    const explanation = step.completedAt
      ? `${name} quyết định khâu ${describeStep(step, task)} muộn ${workingDaysPhrase(days)} ` +
        `(hạn ${formatDate(step.deadline)}, quyết định ${formatDate(step.completedAt)}).`
      : `${name} chưa quyết định khâu ${describeStep(step, task)}, đã quá hạn ${workingDaysPhrase(days)} ` +
        `(hạn ${formatDate(step.deadline)}).`;

    signals.push({
      key: `UNDECIDED:${step.id}:${step.deadline.getTime()}`,
      kind: 'UNDECIDED',
      subjectUserId: subject,
      unitId: ctx.userOf(subject)?.unitId ?? step.unitId,
      taskId: step.taskId,
      stepId: step.id,
      consultationId: null,
      since: step.deadline,
      explanation,
      evidenceEventIds: events
        .filter((e) => e.kind === 'STEP_ASSIGNED' || e.kind === 'STEP_REASSIGNED' || e.kind === 'STEP_COMPLETED')
        .map((e) => e.id),
      metrics: { workingDaysOverdue: days },
    });
  }
  return signals;
}
