import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

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
  const subtree = headSubtreePath(actor);
  if (subtree) return { units: { some: { unit: unitsInTree(subtree) } } };
  return {
    OR: [
      { units: { some: { unitId: actor.unitId } } },
      { steps: { some: { ownerId: actor.id } } },
      { steps: { some: { consultations: { some: { targetUserId: actor.id } } } } },
    ],
  };
}

/**
 * The path of the unit subtree that is exactly the actor's scope (a head without a sector-wide
 * role: the tasks involving a unit of their subtree), or null when the scope is something else.
 * Lists and searches use it to read the scope from TaskUnit alone (lib/server/search).
 */
export function headSubtreePath(actor: TActor): string | null {
  return !hasSectorWideView(actor) && isUnitHead(actor) ? actor.unitPath : null;
}
