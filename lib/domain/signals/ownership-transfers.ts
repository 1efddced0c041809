import type { TEventKind, TSignalEvent } from './signal-input';

/** The events that hand work from one holder to the next. */
export const handoverKinds: readonly TEventKind[] = ['STEP_ASSIGNED', 'STEP_REASSIGNED', 'RETURN_UPHELD'];

export type TTransfer = {
  event: TSignalEvent;
  /** Holder before the handover: `payload.from`, else the previous transfer's `to`. */
  from: string | null;
  to: string | null;
  fromUnitId: string | null;
  toUnitId: string | null;
};

/**
 * The handovers among `events` (which must all concern one step, or one task), in `seq`
 * order. A handover whose payload names no new holder (neither `to` nor `toUnitId`) is
 * ignored, and so is one that hands the work to the holder it already has (a no-op).
 */
export function ownershipTransfers(events: readonly TSignalEvent[]): TTransfer[] {
  const transfers: TTransfer[] = [];
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  for (const event of sorted) {
    if (!handoverKinds.includes(event.kind)) continue;
    const payload = asRecord(event.payload);
    const to = idOf(payload.to);
    const toUnitId = idOf(payload.toUnitId);
    if (to == null && toUnitId == null) continue;
    const previous = transfers.at(-1);
    const from = idOf(payload.from) ?? previous?.to ?? null;
    const fromUnitId = idOf(payload.fromUnitId) ?? previous?.toUnitId ?? null;
    const sameUser = to == null || to === from;
    const sameUnit = toUnitId == null || toUnitId === fromUnitId;
    if (sameUser && sameUnit) continue;
    transfers.push({ event, from, to, fromUnitId, toUnitId });
  }
  return transfers;
}

function asRecord(payload: unknown): Record<string, unknown> {
  return payload != null && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
}

function idOf(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}
