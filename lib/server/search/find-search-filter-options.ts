import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { findUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Choices for the search page's filters, limited to the actor's remit: the units they can
 * filter by (all for sector-wide roles, their subtree for a head, their own unit otherwise),
 * and the people of the chosen unit's subtree (or of the actor's own remit when no unit is
 * chosen, except for sector-wide roles, whose people list would be the whole sector). Also
 * resolves the chosen unit's path, which the task filter needs; a unit that is unknown or
 * outside the remit yields null.
 */
export async function findSearchFilterOptions(actor: TActor, input: { unitId: string | null }, _now: Date) {
  const remit = hasSectorWideView(actor) ? "/" : actor.unitPath;
  const units =
    isUnitHead(actor) || hasSectorWideView(actor)
      ? await findUnitsInTreeOrder(remit)
      : await findUnitsInTreeOrder(actor.unitPath).then((us) => us.filter((u) => u.id === actor.unitId));
  // A unit outside the actor's remit is treated as unknown: its people are not listed.
  const chosen = units.find((u) => u.id === input.unitId) ?? null;
  const peopleRoot = chosen?.path ?? (hasSectorWideView(actor) ? null : actor.unitPath);
  const people = peopleRoot
    ? await db.user.findMany({
        where: { unit: unitsInTree(peopleRoot) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take: 500,
        select: { id: true, name: true, unit: { select: { name: true } } },
      })
    : [];
  return { units, people, unitPath: chosen?.path ?? null };
}
