import "server-only";
import { isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * The choices the task page offers: people a head may hand a step to (their own unit tree),
 * and whom a step owner may consult (any unit; people of the same province or department).
 * The actions re-validate every choice, so this only shapes the form.
 */
export async function findTaskActionOptions(actor: TActor) {
  const branch = actor.unitPath.split("/").filter(Boolean).slice(0, 2);
  const branchPath = `/${branch.join("/")}/`;
  // A head hands steps within their tree; a deputy for a head's decisions within the head's.
  const trees = [
    ...(isUnitHead(actor) ? [actor.unitPath] : []),
    ...(actor.deputyFor ?? []).filter((g) => g.scope === "HEAD_DECISIONS").map((g) => g.principal.unitPath),
  ];
  const [people, units, consultPeople] = await Promise.all([
    trees.length > 0
      ? db.user.findMany({
          where: { isActive: true, OR: trees.map((path) => ({ unit: unitsInTree(path) })) },
          select: { id: true, name: true, unit: { select: { name: true } } },
          orderBy: { name: "asc" },
          take: 500,
        })
      : Promise.resolve([]),
    db.unit.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.user.findMany({
      where: { isActive: true, id: { not: actor.id }, unit: unitsInTree(branchPath) },
      select: { id: true, name: true, unit: { select: { name: true } } },
      orderBy: { name: "asc" },
      take: 500,
    }),
  ]);
  const option = (u: { id: string; name: string; unit: { name: string } }) => ({
    value: u.id,
    label: `${u.name} — ${u.unit.name}`,
  });
  return {
    people: people.map(option),
    units: units.map((u) => ({ value: u.id, label: u.name })),
    consultPeople: consultPeople.map(option),
  };
}
