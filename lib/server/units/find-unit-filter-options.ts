import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/** Choices of the unit work filters: the directives and the people of the head's unit tree. */
export async function findUnitFilterOptions(actor: TActor) {
  const [directives, people] = await Promise.all([
    db.directive.findMany({ select: { id: true, number: true }, orderBy: { issuedAt: "desc" }, take: 300 }),
    db.user.findMany({
      where: { isActive: true, unit: unitsInTree(actor.unitPath) },
      select: { id: true, name: true, unit: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  return {
    directives: directives.map((d) => ({ value: d.id, label: d.number })),
    people: people.map((p) => ({ value: p.id, label: `${p.name} — ${p.unit.name}` })),
  };
}
