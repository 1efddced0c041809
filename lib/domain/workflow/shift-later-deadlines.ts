import { addWorkingDays, countWorkingDaysBetween, type TWorkCalendar } from "../calendar";

export type TStepDeadline = { id: string; order: number; deadline: Date; isDone: boolean };
export type TDeadlineShift = { stepId: string; order: number; from: Date; to: Date };

/**
 * What an approved extension does to the steps after the extended one. The steps of a task
 * run in order, so a later step must not fall due before the step it follows: a head who
 * grants step 2 ten more working days expects step 3 to keep the time it was given after
 * step 2, not to be overdue from the start.
 *
 * Rule: walking the later open steps in order, a step due before the (possibly shifted)
 * deadline of the open step before it is moved by the extension's number of working days
 * (never to before that deadline); a step already due on or after it keeps its deadline,
 * since its slack absorbs the extension. Done steps are history and never move. Returns
 * only the steps that move, in order; an extension that does not push the deadline to a
 * later working day moves nothing.
 */
export function shiftLaterDeadlines(
  steps: readonly TStepDeadline[],
  extended: { stepId: string; newDeadline: Date },
  cal: TWorkCalendar,
): TDeadlineShift[] {
  const step = steps.find((s) => s.id === extended.stepId);
  if (!step) throw new RangeError(`Step ${extended.stepId} is not among the task's steps`);
  const workingDays = countWorkingDaysBetween(step.deadline, extended.newDeadline, cal);
  if (workingDays <= 0) return [];
  const later = steps.filter((s) => s.order > step.order && !s.isDone).sort((a, b) => a.order - b.order);
  const shifts: TDeadlineShift[] = [];
  let floor = extended.newDeadline;
  for (const s of later) {
    if (s.deadline.getTime() >= floor.getTime()) {
      floor = s.deadline;
      continue;
    }
    const moved = addWorkingDays(s.deadline, workingDays, cal);
    const to = moved.getTime() < floor.getTime() ? floor : moved;
    shifts.push({ stepId: s.id, order: s.order, from: s.deadline, to });
    floor = to;
  }
  return shifts;
}
