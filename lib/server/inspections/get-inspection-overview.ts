import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { findInspections } from "./find-inspections";

const OPEN_TASK = { notIn: ["COMPLETED", "CANCELLED"] as Array<"COMPLETED" | "CANCELLED"> };

/**
 * What TCCB and heads follow across the inspections they may see: the inspections per inspected
 * unit, the open findings (of an inspection not concluded, or whose recommendations are not all
 * done) and the recommendation tasks past their deadline. Findings and recommendations come only
 * from inspections whose record the actor may read (the inspected side: once concluded).
 */
export async function getInspectionOverview(actor: TActor, now: Date) {
  const inspections = await findInspections(actor, {}, now);
  const perUnit = new Map<
    string,
    { unit: { id: string; name: string }; planned: number; inProgress: number; concluded: number }
  >();
  for (const i of inspections) {
    const row = perUnit.get(i.inspectedUnit.id) ?? { unit: i.inspectedUnit, planned: 0, inProgress: 0, concluded: 0 };
    if (i.status === "PLANNED") row.planned += 1;
    else if (i.status === "IN_PROGRESS") row.inProgress += 1;
    else row.concluded += 1;
    perUnit.set(i.inspectedUnit.id, row);
  }
  const readable = inspections.filter((i) => i.conclusionVisible).map((i) => i.id);
  const [openFindings, overdueRecommendations] = await Promise.all([
    db.inspectionFinding.findMany({
      where: {
        inspectionId: { in: readable },
        inspection: {
          OR: [{ conclusion: null }, { conclusion: { recommendations: { some: { task: { status: OPEN_TASK } } } } }],
        },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        severity: true,
        description: true,
        createdAt: true,
        inspection: { select: { id: true, inspectedUnit: { select: { name: true } } } },
      },
    }),
    db.inspectionRecommendation.findMany({
      where: {
        conclusion: { inspectionId: { in: readable } },
        task: { status: OPEN_TASK, deadline: { lt: now } },
      },
      orderBy: [{ task: { deadline: "asc" } }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        conclusion: { select: { inspectionId: true, directive: { select: { number: true } } } },
        task: { select: { id: true, title: true, deadline: true, leadUnit: { select: { name: true } } } },
      },
    }),
  ]);
  const units = [...perUnit.values()].sort((a, b) => a.unit.name.localeCompare(b.unit.name, "vi"));
  return { inspections, units, openFindings, overdueRecommendations };
}
