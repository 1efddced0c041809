import "server-only";
import { msg } from "@/lib/i18n/message";
import { isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { canInspectFrom, isOverseer } from "@/lib/domain/inspections/inspection-access";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

const planSelect = {
  id: true,
  year: true,
  title: true,
  createdAt: true,
  inspectingUnit: { select: { id: true, name: true, path: true } },
  _count: { select: { inspections: true } },
} satisfies Prisma.InspectionPlanSelect;

/**
 * The database form of canInspectFrom for plans: a plan is its inspecting unit's working
 * document, read by those who may plan from that unit (TCCB and admins, the unit's inspectors,
 * the heads of the unit or above it), and by nobody else.
 */
function planScopeWhere(actor: TActor): Prisma.InspectionPlanWhereInput {
  if (isOverseer(actor)) return {};
  const or: Prisma.InspectionPlanWhereInput[] = [];
  if (actor.roles.includes("INSPECTOR")) or.push({ inspectingUnitId: actor.unitId });
  if (isUnitHead(actor)) or.push({ inspectingUnit: unitsInTree(actor.unitPath) });
  return or.length > 0 ? { OR: or } : { id: { in: [] } };
}

/** The yearly plans the actor may plan in, latest year first (at most 200). */
export async function findInspectionPlans(actor: TActor) {
  const rows = await db.inspectionPlan.findMany({
    where: planScopeWhere(actor),
    select: planSelect,
    orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }],
    take: 200,
  });
  // The pure rule again on each row: the query and the rule must agree.
  return rows.filter((p) => canInspectFrom(actor, p.inspectingUnit.path));
}

/** One plan the actor may plan in; any other is NOT_FOUND, like a missing one. */
export async function getInspectionPlanOrThrow(actor: TActor, planId: string) {
  const plan = await db.inspectionPlan.findFirst({
    where: { AND: [{ id: planId }, planScopeWhere(actor)] },
    select: planSelect,
  });
  if (!plan || !canInspectFrom(actor, plan.inspectingUnit.path))
    throw new DomainError("NOT_FOUND", msg("errors.inspectionPlanNotFound"));
  return plan;
}
