import { msg, type TMessage } from "../../i18n/message";
import { isLocalDate } from "../calendar/is-local-date";
import type { TLocalDate } from "../calendar/work-calendar";
import { formatLocalDate } from "../format/format-local-date";

export type TTaskDeadlines = {
  today: TLocalDate;
  deadline: TLocalDate;
  stepDeadlines: readonly TLocalDate[];
  /** The parent task's deadline, for a sub-task. */
  parentDeadline?: TLocalDate | null;
};

/** Errors keyed like the form's fields ("deadline", "steps.2.deadline"); warnings do not block. */
export type TDeadlineCheck = { fieldErrors: Record<string, TMessage[]>; warnings: TMessage[] };

/**
 * The rules for the deadlines a head sets when assigning a task. Nothing may be due in the
 * past, and steps run one after another, so their deadlines never go backwards. A last step
 * due after the task itself, or a sub-task due after its parent, is allowed (the head may
 * know better) but is shown as a warning.
 */
export function checkTaskDeadlines(input: TTaskDeadlines): TDeadlineCheck {
  const fieldErrors: Record<string, TMessage[]> = {};
  const warnings: TMessage[] = [];
  const { today, deadline, stepDeadlines, parentDeadline } = input;
  const deadlineValid = isLocalDate(deadline);
  if (deadlineValid && deadline < today) {
    fieldErrors.deadline = [msg("taskForm.deadlines.taskBeforeToday", { today: formatLocalDate(today) })];
  }
  let previous: TLocalDate | null = null;
  stepDeadlines.forEach((date, i) => {
    if (!isLocalDate(date)) return;
    if (date < today) {
      fieldErrors[`steps.${i}.deadline`] = [
        msg("taskForm.deadlines.stepBeforeToday", { today: formatLocalDate(today) }),
      ];
    } else if (previous && date < previous) {
      fieldErrors[`steps.${i}.deadline`] = [
        msg("taskForm.deadlines.stepBeforePrevious", { previous: formatLocalDate(previous) }),
      ];
    }
    previous = date;
  });
  const last = stepDeadlines.at(-1);
  if (deadlineValid && last && isLocalDate(last) && last > deadline) {
    warnings.push(
      msg("taskForm.deadlines.lastStepAfterTask", { last: formatLocalDate(last), deadline: formatLocalDate(deadline) }),
    );
  }
  if (deadlineValid && parentDeadline && deadline > parentDeadline) {
    warnings.push(
      msg("taskForm.deadlines.subTaskAfterParent", {
        deadline: formatLocalDate(deadline),
        parent: formatLocalDate(parentDeadline),
      }),
    );
  }
  return { fieldErrors, warnings };
}
