import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";

/**
 * The database form of lib/domain/access/can-view-task.ts: every query for tasks goes through
 * this filter, so that a task outside the actor's remit is indistinguishable from a missing one.
 *
 * The units a task involves (lead, coordinators, steps' units, consultations' target units) are
 * TaskUnit's rows, kept by database triggers. A head's scope is then one semi-join that starts
 * from the units of their subtree, reads their few thousand tasks from TaskUnit's (unitId,
 * taskId) index and never scans the sector's tasks; an OR over the four relations could not.
 */
export function taskScopeWhere(actor: TActor): Prisma.TaskWhereInput {
  if (hasSectorWideView(actor)) return {};
  if (isUnitHead(actor)) return { units: { some: { unit: { path: { startsWith: actor.unitPath } } } } };
  return {
    OR: [
      { units: { some: { unitId: actor.unitId } } },
      { steps: { some: { ownerId: actor.id } } },
      { steps: { some: { consultations: { some: { targetUserId: actor.id } } } } },
    ],
  };
}
