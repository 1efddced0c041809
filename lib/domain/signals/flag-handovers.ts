import type { TTransfer } from "./ownership-transfers";

export type TFlaggedHandover = {
  transfer: TTransfer;
  /** The handover this one reversed (X→Y, then Y→X), when it is a bounce. */
  reversed: TTransfer | null;
  /** Length of the run without progress it belongs to, when that run is too long; else 0. */
  runLength: number;
};

/**
 * The handovers of one step (or task) that make it ping-pong:
 * - a bounce: handover i goes back where handover i-1 came from, by person
 *   (t.to === p.from and t.from === p.to) or by unit (same with unit ids, when given);
 *   so A→B→A→B has two bounces (B→A, then A→B) and A→B→C→A has none;
 * - every handover in a run of more than `maxRun` consecutive reassignments (handovers
 *   from a previous holder) with no progress event between them; a progress event
 *   (STEP_PROGRESS, STEP_COMPLETED) whose seq lies between two handovers ends the run.
 * Bounces are counted whether or not there was progress in between.
 */
export function flagHandovers(
  transfers: readonly TTransfer[],
  progressSeqs: readonly number[],
  maxRun: number,
): TFlaggedHandover[] {
  const runLength = new Map<TTransfer, number>();
  let run: TTransfer[] = [];
  const closeRun = () => {
    if (run.length > maxRun) for (const t of run) runLength.set(t, run.length);
    run = [];
  };
  transfers.forEach((t, i) => {
    const p = transfers[i - 1];
    const isReassignment = t.from != null || t.fromUnitId != null;
    const hadProgress = p != null && progressSeqs.some((s) => s > p.event.seq && s < t.event.seq);
    if (!isReassignment || hadProgress) closeRun();
    if (isReassignment) run.push(t);
  });
  closeRun();

  const flagged: TFlaggedHandover[] = [];
  transfers.forEach((t, i) => {
    const p = transfers[i - 1];
    const reversed = p != null && (isUserBounce(p, t) || isUnitBounce(p, t)) ? p : null;
    const length = runLength.get(t) ?? 0;
    if (reversed || length > 0) flagged.push({ transfer: t, reversed, runLength: length });
  });
  return flagged;
}

function isUserBounce(p: TTransfer, t: TTransfer): boolean {
  return t.to != null && p.from != null && t.to === p.from && t.from === p.to && t.to !== t.from;
}

function isUnitBounce(p: TTransfer, t: TTransfer): boolean {
  return (
    t.toUnitId != null &&
    p.fromUnitId != null &&
    t.toUnitId === p.fromUnitId &&
    t.fromUnitId === p.toUnitId &&
    t.toUnitId !== t.fromUnitId
  );
}
