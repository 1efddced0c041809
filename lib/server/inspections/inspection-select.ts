import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";
import type { TInspectionReach } from "@/lib/domain/inspections/inspection-access";

const unit = { select: { id: true, name: true, path: true } } as const;

/** The columns every reader of an inspection takes, enough to decide its access with inspectionAccess. */
export const inspectionSelect = {
  id: true,
  kind: true,
  status: true,
  planId: true,
  checklistId: true,
  plan: { select: { id: true, year: true, title: true } },
  inspectingUnit: unit,
  inspectedUnit: unit,
  periodFrom: true,
  periodTo: true,
  subject: true,
  startsOn: true,
  endsOn: true,
  startedAt: true,
  concludedAt: true,
  createdAt: true,
  version: true,
  team: {
    orderBy: [{ role: "asc" }, { userId: "asc" }],
    select: { role: true, user: { select: { id: true, name: true, title: true, unit: { select: { name: true } } } } },
  },
} satisfies Prisma.InspectionSelect;

export type TInspectionRow = Prisma.InspectionGetPayload<{ select: typeof inspectionSelect }>;

export function reachOf(i: TInspectionRow): TInspectionReach {
  const lead = i.team.find((m) => m.role === "LEAD");
  return {
    kind: i.kind,
    status: i.status,
    inspectingUnitPath: i.inspectingUnit.path,
    inspectedUnitPath: i.inspectedUnit.path,
    teamUserIds: i.team.map((m) => m.user.id),
    leadUserId: lead?.user.id ?? "",
    startedAt: i.startedAt,
    concludedAt: i.concludedAt,
  };
}
