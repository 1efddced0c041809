import type { TSignalEvent, TSignalStep } from "./signal-input";

/**
 * When a step last moved: the later of `step.lastActivityAt` and the latest event of any kind
 * on it (progress, handover, extension, consultation, ...), with the event that set it.
 */
export function lastActivityOf(
  step: Pick<TSignalStep, "lastActivityAt">,
  stepEvents: readonly TSignalEvent[],
): { since: Date; latest: TSignalEvent | undefined } {
  const latest = stepEvents.reduce<TSignalEvent | undefined>(
    (best, e) => (!best || e.at.getTime() >= best.at.getTime() ? e : best),
    undefined,
  );
  const since = latest && latest.at.getTime() > step.lastActivityAt.getTime() ? latest.at : step.lastActivityAt;
  return { since, latest };
}
