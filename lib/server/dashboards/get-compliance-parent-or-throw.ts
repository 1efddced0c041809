import "server-only";
import { msg } from "@/lib/i18n/message";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

export const complianceUnitSelect = {
  id: true,
  code: true,
  name: true,
  path: true,
  level: true,
  parentId: true,
} as const;

export type TComplianceParent = Awaited<ReturnType<typeof getComplianceParentOrThrow>>;

/**
 * The unit whose children the compliance view sets side by side: `unitId`, or by default the
 * root of the tree. Sector-wide roles only (TCCB, inspectors, admins).
 */
export async function getComplianceParentOrThrow(actor: TActor, unitId: string | undefined) {
  if (!hasSectorWideView(actor)) throw new DomainError("FORBIDDEN", msg("errors.sectorWideOnly"));
  const parent = unitId
    ? await db.unit.findUnique({ where: { id: unitId }, select: complianceUnitSelect })
    : await db.unit.findFirst({
        where: { parentId: null },
        orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
        select: complianceUnitSelect,
      });
  if (!parent) throw new DomainError("NOT_FOUND", msg("errors.unitNotFound"));
  return parent;
}
