import "server-only";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";
import type { Prisma } from "@/lib/server/db/prisma";
import { recordEvent } from "@/lib/server/events/record-event";
import { unitFieldsOf } from "./unit-admin-select";

type TUnitRow = Parameters<typeof unitFieldsOf>[0];
type TClosing = Pick<TPayloadOf<"UNIT_CHANGED">, "successorId" | "peopleMoved" | "childUnitsMoved" | "tasksHandedOver">;

/** The one UNIT_CHANGED event of an administration write: the unit before (null when created) and after. */
export function recordUnitChange(
  tx: Prisma.TransactionClient,
  change: { actorId: string; at: Date; op: TPayloadOf<"UNIT_CHANGED">["op"]; before: TUnitRow | null; after: TUnitRow },
  closing: TClosing = { successorId: null, peopleMoved: 0, childUnitsMoved: 0, tasksHandedOver: 0 },
) {
  return recordEvent(tx, {
    kind: "UNIT_CHANGED",
    actorId: change.actorId,
    at: change.at,
    payload: {
      op: change.op,
      unitId: change.after.id,
      previous: change.before && unitFieldsOf(change.before),
      unit: unitFieldsOf(change.after),
      ...closing,
    },
  });
}
