import "server-only";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";
import type { Prisma } from "@/lib/server/db/prisma";
import { recordEvent } from "@/lib/server/events/record-event";
import { personFieldsOf } from "./person-admin-select";

type TPersonRow = Parameters<typeof personFieldsOf>[0];

/** The one USER_CHANGED event of an administration write: the person before (null when created) and after. */
export function recordPersonChange(
  tx: Prisma.TransactionClient,
  change: {
    actorId: string;
    at: Date;
    op: TPayloadOf<"USER_CHANGED">["op"];
    before: TPersonRow | null;
    after: TPersonRow;
    stepsHandedOver?: number;
  },
) {
  return recordEvent(tx, {
    kind: "USER_CHANGED",
    actorId: change.actorId,
    at: change.at,
    payload: {
      op: change.op,
      userId: change.after.id,
      previous: change.before && personFieldsOf(change.before),
      user: personFieldsOf(change.after),
      stepsHandedOver: change.stepsHandedOver ?? 0,
    },
  });
}
