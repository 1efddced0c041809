import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";
import type { TSignalPolicy } from "../signals/signal-policy";

/** 0 none, 1 the owner, 2 the unit head, 3 the superior unit's head, 4 TCCB. */
export type TEscalationLevel = 0 | 1 | 2 | 3 | 4;

export type TEscalatableStep = { deadline: Date; completedAt: Date | null };

/**
 * Automatic level on the overdue ladder. A completed step, or one with `now <= deadline`
 * (the deadline instant is not overdue, as in classifyItem), is at level 0. Otherwise, with
 * d = countWorkingDaysBetween(deadline, now) working days overdue (0 on the evening of the
 * deadline day or over the weekend after it), the level is 1 plus the number of ladder
 * rungs reached, `escalationLadder[k] <= d`. With the ladder [2, 5, 10]: overdue by 0–1
 * working days → 1, 2–4 → 2, 5–9 → 3, 10 or more → 4. A shorter ladder stops lower.
 * Which steps to ask about is the caller's choice (e.g. not those of a cancelled task).
 */
export function escalationLevel(
  step: TEscalatableStep,
  cal: TWorkCalendar,
  policy: Pick<TSignalPolicy, "escalationLadder">,
  now: Date,
): TEscalationLevel {
  const ladder = policy.escalationLadder;
  assertLadder(ladder);
  if (step.completedAt != null || now.getTime() <= step.deadline.getTime()) return 0;
  const days = countWorkingDaysBetween(step.deadline, now, cal);
  return (1 + ladder.filter((rung) => rung <= days).length) as TEscalationLevel;
}

function assertLadder(ladder: readonly number[]): void {
  const isValid =
    ladder.length <= 3 &&
    ladder.every((rung, i) => Number.isInteger(rung) && rung >= 0 && (i === 0 || rung >= ladder[i - 1]));
  if (!isValid) {
    throw new RangeError(
      `escalationLadder must be at most 3 non-decreasing non-negative integers, got [${ladder.join(", ")}]`,
    );
  }
}
