import type { TDb } from "../../lib/server/db/prisma";

/** An extension request on a step, PENDING unless told otherwise. */
export async function createExtensionRequest(
  db: TDb,
  opts: {
    stepId: string;
    requesterId: string;
    previousDeadline: Date;
    requestedDeadline: Date;
    status?: "PENDING" | "APPROVED" | "REJECTED";
    reason?: string;
  },
) {
  return db.extensionRequest.create({
    data: {
      stepId: opts.stepId,
      requesterId: opts.requesterId,
      reason: opts.reason ?? "Chờ số liệu của đơn vị phối hợp.",
      previousDeadline: opts.previousDeadline,
      requestedDeadline: opts.requestedDeadline,
      status: opts.status ?? "PENDING",
    },
  });
}
