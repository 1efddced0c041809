import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";

/**
 * The database form of lib/domain/access/can-view-task.ts: every query for tasks goes through
 * this filter, so that a task outside the actor's remit is indistinguishable from a missing one.
 */
export function taskScopeWhere(actor: TActor): Prisma.TaskWhereInput {
  if (hasSectorWideView(actor)) return {};
  if (isUnitHead(actor)) {
    const inTree = { path: { startsWith: actor.unitPath } };
    return {
      OR: [
        { leadUnit: inTree },
        { coordinators: { some: { unit: inTree } } },
        { steps: { some: { unit: inTree } } },
        { steps: { some: { consultations: { some: { targetUnit: inTree } } } } },
      ],
    };
  }
  return {
    OR: [
      { leadUnitId: actor.unitId },
      { coordinators: { some: { unitId: actor.unitId } } },
      { steps: { some: { OR: [{ unitId: actor.unitId }, { ownerId: actor.id }] } } },
      { steps: { some: { consultations: { some: { OR: [{ targetUserId: actor.id }, { targetUnitId: actor.unitId }] } } } } },
    ],
  };
}
