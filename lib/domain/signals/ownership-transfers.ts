import type { TSignalEvent } from "./signal-input";

/** The events that hand work from one holder to the next. */
export const handoverKinds = ["STEP_ASSIGNED", "STEP_REASSIGNED", "RETURN_UPHELD"] as const;

export type THandoverEvent = Extract<TSignalEvent, { kind: (typeof handoverKinds)[number] }>;

export type TTransfer = {
  event: THandoverEvent;
  /** Holder before the handover: `payload.from`; for an assignment, the previous transfer's `to`. */
  from: string | null;
  to: string;
  fromUnitId: string | null;
  toUnitId: string;
};

const isHandover = (event: TSignalEvent): event is THandoverEvent =>
  (handoverKinds as readonly string[]).includes(event.kind);

/**
 * The handovers among `events` (which must all concern one step, or one task), in `seq`
 * order. One that hands the work to the holder and unit it already has (a no-op) is ignored.
 */
export function ownershipTransfers(events: readonly TSignalEvent[]): TTransfer[] {
  const transfers: TTransfer[] = [];
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  for (const event of sorted) {
    if (!isHandover(event)) continue;
    const previous = transfers.at(-1);
    // An assignment names only the new holder; a reassignment or an upheld return names both.
    const { from, fromUnitId } =
      event.kind === "STEP_ASSIGNED"
        ? { from: previous?.to ?? null, fromUnitId: previous?.toUnitId ?? null }
        : event.payload;
    const { to, toUnitId } = event.payload;
    if (to === from && toUnitId === fromUnitId) continue;
    transfers.push({ event, from, to, fromUnitId, toUnitId });
  }
  return transfers;
}
