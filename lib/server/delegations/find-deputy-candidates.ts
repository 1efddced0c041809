import "server-only";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Whom the form offers as deputy for a person: the active people of their province or central
 * department (the branch under the root), as the consultation form offers. The server checks
 * the choice again (checkDelegation): this only shapes the form.
 */
export async function findDeputyCandidates(principal: { id: string; unitPath: string }) {
  const branch = principal.unitPath.split("/").filter(Boolean).slice(0, 2);
  const people = await db.user.findMany({
    where: { isActive: true, id: { not: principal.id }, unit: unitsInTree(`/${branch.join("/")}/`) },
    select: { id: true, name: true, unit: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: 500,
  });
  return people.map((u) => ({ value: u.id, label: `${u.name} — ${u.unit.name}` }));
}
