import type { TSignalStep } from "./signal-input";
import type { TTransfer } from "./ownership-transfers";

/**
 * Who held `step` at `instant`, so that a deadline missed by A stays A's even after the work
 * is handed to B: the `to` of the last handover at or before `instant` (in `seq` order);
 * failing that, the `from` of the first handover after it; failing that (no handover event,
 * or only a first assignment after `instant`), the step's current owner.
 */
export function ownerAt(step: Pick<TSignalStep, "ownerId">, transfers: readonly TTransfer[], instant: Date): string {
  const t = instant.getTime();
  let holder: string | null = null;
  let firstAfter: TTransfer | undefined;
  for (const transfer of transfers) {
    if (transfer.event.at.getTime() <= t) {
      holder = transfer.to;
    } else if (!firstAfter) {
      firstAfter = transfer;
    }
  }
  return holder ?? firstAfter?.from ?? step.ownerId;
}
