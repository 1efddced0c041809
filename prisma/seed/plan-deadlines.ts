import type { TLocalDate } from "../../lib/domain/calendar/index.ts";
import type { TTemplateStep } from "./demo-model.ts";
import type { TSeedClock } from "./seed-clock.ts";
import type { TTaskSpec } from "./task-spec.ts";

export type TDeadlinePlan = {
  issueDate: TLocalDate;
  /** Deadlines as first set when the task was issued. */
  original: TLocalDate[];
  /** Deadlines in force now: an approved extension moves its step and re-plans the later ones. */
  current: TLocalDate[];
};

/**
 * Works backwards from the one deadline the story cares about (the open step's, at `due`)
 * through the template's durations, so the chain is exactly what addWorkingDays would
 * produce from the issue date: deadline(k) = deadline(k-1) + duration(k) working days.
 * The one exception is a deadline set to today on a weekend or holiday, which no chain of
 * working days reaches: a head set it by hand.
 */
export function planDeadlines(spec: TTaskSpec, steps: readonly TTemplateStep[], clock: TSeedClock): TDeadlinePlan {
  const anchor = Math.min(spec.active, steps.length - 1);
  const dueDate = spec.dueDate ?? clock.day(spec.due);
  const extended = spec.extension?.status === "APPROVED" ? spec.extension.days : 0;
  const original: TLocalDate[] = [];
  original[anchor] = extended ? clock.shift(dueDate, -extended) : dueDate;
  for (let i = anchor - 1; i >= 0; i--) original[i] = clock.shift(original[i + 1], -steps[i + 1].days);
  for (let i = anchor + 1; i < steps.length; i++) original[i] = clock.shift(original[i - 1], steps[i].days);

  const current = [...original];
  current[anchor] = dueDate;
  for (let i = anchor + 1; i < steps.length; i++) current[i] = clock.shift(current[i - 1], steps[i].days);

  const issueDate = spec.issueDate ?? clock.shift(original[0], -steps[0].days);
  if (issueDate > clock.lastPastDay) {
    throw new Error(`Demo task ${spec.key} would be issued today or later (${issueDate}); move its due date`);
  }
  return { issueDate, original, current };
}

/** When a done step was completed: on the given day, else on time (a day early for long steps). */
export function completionDate(
  spec: TTaskSpec,
  index: number,
  plan: TDeadlinePlan,
  steps: readonly TTemplateStep[],
  clock: TSeedClock,
): TLocalDate {
  const explicit = spec.doneOn?.[index];
  const date =
    explicit !== undefined
      ? clock.day(explicit)
      : steps[index].days > 1
        ? clock.shift(plan.current[index], -1)
        : plan.current[index];
  return date < clock.lastPastDay ? date : clock.lastPastDay;
}
