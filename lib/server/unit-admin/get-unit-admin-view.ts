import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { assertUnitAdmin } from "./assert-unit-admin";
import { countUnitHoldings } from "./count-unit-holdings";
import { findOpenUnitOptions } from "./find-open-unit-options";
import { getUnitForAdminOrThrow } from "./get-unit-for-admin-or-throw";

/** One unit's administration page: its fields, what it holds, and the units it may move under or merge into. */
export async function getUnitAdminView(actor: TActor, unitId: string) {
  assertUnitAdmin(actor);
  const unit = await getUnitForAdminOrThrow(db, unitId);
  const [{ holdings }, parent, successor, options] = await Promise.all([
    countUnitHoldings(db, unit.id),
    unit.parentId ? db.unit.findUnique({ where: { id: unit.parentId }, select: { name: true } }) : null,
    db.unit.findFirst({ where: { predecessors: { some: { id: unit.id } } }, select: { id: true, name: true } }),
    findOpenUnitOptions(unit),
  ]);
  return { unit, holdings, parentName: parent?.name ?? null, successor, options };
}
