import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import { currentRequestMetadata } from "@/lib/server/request/request-metadata";
import { markTaskTouched } from "./write-task-change";

type TTx = Prisma.TransactionClient;

export type TEventInput = {
  kind: Prisma.EventCreateInput["kind"];
  actorId: string;
  at: Date;
  taskId?: string;
  stepId?: string;
  directiveId?: string;
  consultationId?: string;
  payload?: Prisma.InputJsonValue;
  reason?: string | null;
};

/**
 * Appends one event to the audit trail. Always called with the transaction that makes the
 * change. The request that caused it (client address, User-Agent) comes from the context the
 * action and API wrappers set; outside a request (sweeps) both are null.
 */
export function recordEvent(tx: TTx, e: TEventInput) {
  markTaskTouched(tx, e.taskId);
  return tx.event.create({
    data: {
      kind: e.kind,
      actorId: e.actorId,
      at: e.at,
      taskId: e.taskId ?? null,
      stepId: e.stepId ?? null,
      directiveId: e.directiveId ?? null,
      consultationId: e.consultationId ?? null,
      payload: e.payload ?? {},
      reason: e.reason ?? null,
      ...currentRequestMetadata(),
    },
  });
}
