import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import { isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { isOverseer } from "@/lib/domain/inspections/inspection-access";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * The database form of inspectionAccess (lib/domain/inspections/inspection-access.ts): every
 * query for inspections goes through it, so an inspection the actor may not know of is
 * indistinguishable from a missing one. The inspected unit's branch admits a surprise
 * inspection only once it has started, at `now`.
 */
export function inspectionScopeWhere(actor: TActor, now: Date): Prisma.InspectionWhereInput {
  if (isOverseer(actor)) return {};
  const head = isUnitHead(actor);
  const inspected: Prisma.InspectionWhereInput = head
    ? { inspectedUnit: unitsInTree(actor.unitPath) }
    : { inspectedUnitId: actor.unitId };
  return {
    OR: [
      { team: { some: { userId: actor.id } } },
      ...(head ? [{ inspectingUnit: unitsInTree(actor.unitPath) }] : []),
      { AND: [inspected, { OR: [{ kind: "PLANNED" }, { startedAt: { lte: now } }] }] },
    ],
  };
}
