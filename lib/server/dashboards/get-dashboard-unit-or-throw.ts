import "server-only";
import { msg } from "@/lib/i18n/message";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

export type TDashboardUnit = {
  id: string;
  code: string;
  name: string;
  path: string;
  parentId: string | null;
  level: string;
};

/**
 * The unit whose dashboard or report the actor asked for, checked against the actor: the
 * sector-wide roles (TCCB, inspectors, admins) may open any unit; a head may open their
 * own unit and the units below it; nobody else has a dashboard. Without `unitId` a head
 * gets their own unit and a sector-wide role the root of the tree. Every dashboard query
 * is then scoped to the returned path. A unit outside the head's tree is NOT_FOUND, exactly
 * like a missing one, so that a dashboard or report never tells which unit ids exist.
 */
export async function getDashboardUnitOrThrow(actor: TActor, unitId?: string): Promise<TDashboardUnit> {
  const sectorWide = hasSectorWideView(actor);
  if (!sectorWide && !isUnitHead(actor)) {
    throw new DomainError("FORBIDDEN", msg("errors.dashboardForbidden"));
  }
  const select = { id: true, code: true, name: true, path: true, parentId: true, level: true } as const;
  const unit =
    !unitId && sectorWide
      ? await db.unit.findFirst({ where: { parentId: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select })
      : await db.unit.findUnique({ where: { id: unitId ?? actor.unitId }, select });
  if (!unit || (!sectorWide && !isWithinUnit(unit.path, actor.unitPath))) {
    throw new DomainError("NOT_FOUND", msg("errors.dashboardUnitNotFound"));
  }
  return unit;
}
