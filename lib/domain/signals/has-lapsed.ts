import { isOpenStep } from "./is-open-step";
import type { TSignalStep, TSignalTask } from "./signal-input";

/**
 * A step has lapsed when it went past its current deadline: completed after it
 * (`completedAt > deadline`), or still open (isOpenStep) with `now > deadline`. As in
 * classifyItem, the deadline instant itself is on time. Steps of a CANCELLED task never lapse.
 */
export function hasLapsed(
  step: Pick<TSignalStep, "status" | "deadline" | "completedAt">,
  task: Pick<TSignalTask, "status">,
  now: Date,
): boolean {
  if (task.status === "CANCELLED") return false;
  const deadline = step.deadline.getTime();
  if (step.completedAt != null) return step.completedAt.getTime() > deadline;
  return isOpenStep(step, task) && now.getTime() > deadline;
}
