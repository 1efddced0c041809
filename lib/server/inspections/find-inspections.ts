import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { canSeeConclusion, inspectionAccess } from "@/lib/domain/inspections/inspection-access";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { inspectionScopeWhere } from "./inspection-scope";
import { inspectionSelect, reachOf } from "./inspection-select";

export type TInspectionFilter = {
  /** Only the inspections whose team the actor is on (the inspector's own list). */
  mine?: boolean;
  inspectedUnitId?: string;
  /** Only the entries of this plan. */
  planId?: string;
  year?: number;
};

/** The inspections the actor may know of at `now`, latest start first (at most 200). */
export async function findInspections(actor: TActor, filter: TInspectionFilter, now: Date) {
  const where: Prisma.InspectionWhereInput[] = [inspectionScopeWhere(actor, now)];
  if (filter.mine) where.push({ team: { some: { userId: actor.id } } });
  if (filter.inspectedUnitId) where.push({ inspectedUnitId: filter.inspectedUnitId });
  if (filter.planId) where.push({ planId: filter.planId });
  if (filter.year)
    where.push({
      startsOn: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) },
    });
  const rows = await db.inspection.findMany({
    where: { AND: where },
    select: inspectionSelect,
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: 200,
  });
  return rows.flatMap((row) => {
    const access = inspectionAccess(actor, reachOf(row), now);
    return access === "none" ? [] : [{ ...row, access, conclusionVisible: canSeeConclusion(access, row, now) }];
  });
}
