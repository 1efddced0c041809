import "server-only";
import type { TExistingPerson, TExistingUnit } from "@/lib/domain/imports/plan-people-import";
import type { TPeopleImportRows } from "@/lib/schemas/imports";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * What the plan compares a file with: every unit (a sector has under a thousand), and the
 * people the file names by employee code or e-mail, with the open steps of those it would move
 * (a move with open steps needs a handover, which an import cannot name).
 */
export async function loadPeopleImportContext(
  tx: Prisma.TransactionClient,
  rows: TPeopleImportRows,
): Promise<{ units: TExistingUnit[]; people: TExistingPerson[] }> {
  const units = await tx.unit.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      shortName: true,
      level: true,
      parentId: true,
      path: true,
      closedAt: true,
    },
  });
  const codes = [...new Set(rows.people.map((r) => r.employeeCode.trim()).filter(Boolean))];
  const emails = [...new Set(rows.people.map((r) => r.email.trim().toLowerCase()).filter(Boolean))];
  const found =
    codes.length + emails.length === 0
      ? []
      : await tx.user.findMany({
          where: { OR: [{ employeeCode: { in: codes } }, { email: { in: emails } }] },
          select: {
            id: true,
            employeeCode: true,
            email: true,
            name: true,
            title: true,
            position: true,
            roles: true,
            unitId: true,
            isActive: true,
          },
        });
  const unitCodeById = new Map(units.map((u) => [u.id, u.code]));
  const rowUnit = new Map(rows.people.map((r) => [r.employeeCode.trim(), r.unitCode.trim()]));
  const moving = found.filter(
    (p) => p.employeeCode && rowUnit.has(p.employeeCode) && rowUnit.get(p.employeeCode) !== unitCodeById.get(p.unitId),
  );
  const open =
    moving.length === 0
      ? []
      : await tx.taskStep.groupBy({
          by: ["ownerId"],
          where: {
            ownerId: { in: moving.map((p) => p.id) },
            status: { not: "DONE" },
            task: { status: { in: ["OPEN", "IN_PROGRESS"] } },
          },
          _count: { _all: true },
        });
  const openOf = new Map(open.map((o) => [o.ownerId, o._count._all]));
  return { units, people: found.map((p) => ({ ...p, openSteps: openOf.get(p.id) ?? 0 })) };
}
