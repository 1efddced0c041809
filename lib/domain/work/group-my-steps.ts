import { localDateOf, type TWorkCalendar } from "../calendar";
import { classifyItem, type TClassification, type TClassificationPolicy } from "../classification";

export type TGroupableStep = { deadline: Date; originalDeadline: Date; completedAt: Date | null };
export type TClassified<S> = S & { classification: TClassification };
export type TMyStepGroups<S> = {
  overdue: TClassified<S>[];
  dueToday: TClassified<S>[];
  dueSoon: TClassified<S>[];
  inTime: TClassified<S>[];
};

/**
 * Sorts a person's open steps into what "my work" shows first: overdue (oldest first), due
 * today, due soon, then the rest. A step is "due today" when its deadline falls on today's
 * local date and has not passed yet.
 */
export function groupMySteps<S extends TGroupableStep>(
  steps: readonly S[],
  cal: TWorkCalendar,
  policy: TClassificationPolicy,
  now: Date,
): TMyStepGroups<S> {
  const groups: TMyStepGroups<S> = { overdue: [], dueToday: [], dueSoon: [], inTime: [] };
  const today = localDateOf(now);
  const sorted = [...steps].sort((a, b) => a.deadline.getTime() - b.deadline.getTime());
  for (const step of sorted) {
    const classification = classifyItem(step, cal, policy, now);
    const item = { ...step, classification };
    if (classification.category === "OVERDUE") groups.overdue.push(item);
    else if (localDateOf(step.deadline) === today) groups.dueToday.push(item);
    else if (classification.category === "DUE_SOON") groups.dueSoon.push(item);
    else groups.inTime.push(item);
  }
  return groups;
}
