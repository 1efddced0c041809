import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { findOpenUnitOptions } from "@/lib/server/unit-admin/find-open-unit-options";
import { assertPeopleAdmin } from "./assert-people-admin";
import { findOpenStepsOf } from "./find-open-steps-of";
import { getPersonForAdminOrThrow } from "./get-person-for-admin-or-throw";

/**
 * One person's administration page: their fields, their unit, the open steps that must be
 * handed over before they move or leave, and who may take them (the active people of the
 * units those steps count to, and of their parents, nearest first).
 */
export async function getPersonAdminView(actor: TActor, userId: string) {
  assertPeopleAdmin(actor);
  const person = await getPersonForAdminOrThrow(db, userId);
  const [unit, openSteps, units] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: person.unitId }, select: { name: true, path: true } }),
    findOpenStepsOf(db, person.id),
    findOpenUnitOptions(),
  ]);
  const colleagues = await db.user.findMany({
    where: { isActive: true, id: { not: person.id }, unitId: { in: unit.path.split("/").filter(Boolean) } },
    select: { id: true, name: true, unit: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  return { person, unitName: unit.name, unitPath: unit.path, openSteps, units, colleagues };
}
