import "server-only";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { findUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Choices of the signals page filters: the units and people the actor's signals can be about
 * (their unit tree; the whole sector for sector-wide roles). People are limited to keep the
 * page light; the filter by unit covers the rest.
 */
export async function findSignalFilterOptions(actor: TActor) {
  const prefix = hasSectorWideView(actor) ? "/" : actor.unitPath;
  const [units, people] = await Promise.all([
    findUnitsInTreeOrder(prefix),
    db.user.findMany({
      where: { isActive: true, unit: unitsInTree(prefix) },
      select: { id: true, name: true, unit: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return {
    units: units.map((u) => ({ value: u.id, label: `${"— ".repeat(u.depth)}${u.name}` })),
    people: people.map((p) => ({ value: p.id, label: `${p.name} — ${p.unit.name}` })),
  };
}
