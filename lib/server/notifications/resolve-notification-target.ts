import "server-only";
import type { TNotificationTarget } from "@/lib/domain/notifications/notification-targets-of";
import type { TResolvedRecipient } from "@/lib/domain/notifications/recipients-of";
import type { Prisma } from "@/lib/server/db/prisma";
import { findNearestHeads } from "./find-nearest-heads";

type TTx = Prisma.TransactionClient;
export type TEventRefs = {
  actorId: string | null;
  at: Date;
  taskId?: string;
  stepId?: string;
  consultationId?: string;
};

/**
 * The people a target names, each read with at most two indexed queries (a person named in the
 * payload costs none).
 */
export async function resolveNotificationTarget(
  tx: TTx,
  target: TNotificationTarget,
  e: TEventRefs,
): Promise<TResolvedRecipient[]> {
  const { kind } = target;
  const each = (ids: readonly (string | null | undefined)[]) =>
    ids.flatMap((userId) => (userId ? [{ kind, userId }] : []));
  switch (target.to) {
    case "user":
      return each([target.userId]);
    case "headsOfUnit":
      return each(await findNearestHeads(tx, { unitId: target.unitId }, e.actorId));
    case "headsOfStepUnit":
      return e.stepId ? each(await findNearestHeads(tx, { stepId: e.stepId }, e.actorId)) : [];
    case "extensionRequester": {
      const request = await tx.extensionRequest.findUnique({
        where: { id: target.requestId },
        select: { requesterId: true },
      });
      return each([request?.requesterId]);
    }
    case "consultationRequester": {
      if (!e.consultationId) return [];
      const c = await tx.consultation.findUnique({ where: { id: e.consultationId }, select: { requesterId: true } });
      return each([c?.requesterId]);
    }
    case "nextStepOwner":
      return nextStepOwner(tx, kind, e);
  }
}

/**
 * The owner of the step after the completed one, when this completion is what reached it
 * (completeStep moves it to TODO with lastActivityAt = the event's time); a step already
 * under way before is not "your turn" again.
 */
async function nextStepOwner(tx: TTx, kind: TNotificationTarget["kind"], e: TEventRefs): Promise<TResolvedRecipient[]> {
  if (!e.taskId || !e.stepId) return [];
  const steps = await tx.taskStep.findMany({
    where: { taskId: e.taskId },
    select: { id: true, ownerId: true, status: true, lastActivityAt: true },
    orderBy: { order: "asc" },
  });
  const next = steps[steps.findIndex((s) => s.id === e.stepId) + 1];
  if (!next || steps.every((s) => s.id !== e.stepId)) return [];
  if (next.status !== "TODO" || next.lastActivityAt.getTime() !== e.at.getTime()) return [];
  return [{ kind, userId: next.ownerId, stepId: next.id }];
}
