import type { TSignalStep, TSignalTask } from "./signal-input";

/**
 * A step is open, for the signals, when its owner is expected to act on it now: status TODO
 * or IN_PROGRESS, and its task not CANCELLED. PENDING steps (an earlier step is not done)
 * and RETURNED steps (waiting for the head's ruling) are not the owner's to move.
 */
export function isOpenStep(step: Pick<TSignalStep, "status">, task: Pick<TSignalTask, "status">): boolean {
  return (step.status === "TODO" || step.status === "IN_PROGRESS") && task.status !== "CANCELLED";
}
