import { isLocalDate, type TLocalDate } from "../calendar";
import { formatLocalDate } from "../format";

export type TTaskDeadlines = {
  today: TLocalDate;
  deadline: TLocalDate;
  stepDeadlines: readonly TLocalDate[];
  /** The parent task's deadline, for a sub-task. */
  parentDeadline?: TLocalDate | null;
};

/** Errors keyed like the form's fields ("deadline", "steps.2.deadline"); warnings do not block. */
export type TDeadlineCheck = { fieldErrors: Record<string, string[]>; warnings: string[] };

/**
 * The rules for the deadlines a head sets when assigning a task. Nothing may be due in the
 * past, and steps run one after another, so their deadlines never go backwards. A last step
 * due after the task itself, or a sub-task due after its parent, is allowed (the head may
 * know better) but is shown as a warning.
 */
export function checkTaskDeadlines(input: TTaskDeadlines): TDeadlineCheck {
  const fieldErrors: Record<string, string[]> = {};
  const warnings: string[] = [];
  const { today, deadline, stepDeadlines, parentDeadline } = input;
  const deadlineValid = isLocalDate(deadline);
  if (deadlineValid && deadline < today) {
    fieldErrors.deadline = [`Hạn hoàn thành không được trước hôm nay (${formatLocalDate(today)}).`];
  }
  let previous: TLocalDate | null = null;
  stepDeadlines.forEach((date, i) => {
    if (!isLocalDate(date)) return;
    if (date < today) {
      fieldErrors[`steps.${i}.deadline`] = [`Hạn của khâu không được trước hôm nay (${formatLocalDate(today)}).`];
    } else if (previous && date < previous) {
      fieldErrors[`steps.${i}.deadline`] = [`Các khâu làm lần lượt: hạn khâu này không được trước hạn khâu trước (${formatLocalDate(previous)}).`];
    }
    previous = date;
  });
  const last = stepDeadlines.at(-1);
  if (deadlineValid && last && isLocalDate(last) && last > deadline) {
    warnings.push(
      `Khâu cuối có hạn ${formatLocalDate(last)}, sau hạn hoàn thành nhiệm vụ ${formatLocalDate(deadline)}. ` +
        "Vẫn giao được, nhưng nên rút ngắn hạn các khâu hoặc lùi hạn nhiệm vụ.",
    );
  }
  if (deadlineValid && parentDeadline && deadline > parentDeadline) {
    warnings.push(`Hạn nhiệm vụ con (${formatLocalDate(deadline)}) sau hạn của nhiệm vụ cha (${formatLocalDate(parentDeadline)}).`);
  }
  return { fieldErrors, warnings };
}
