import "server-only";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { findUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * The unit tree in tree order (parents first), whole or below `underId`. The organisation
 * chart is public within the sector, as on every form that offers units, so no scope applies.
 */
export async function findUnitTree(underId: string | undefined) {
  let prefix = "/";
  if (underId) {
    const under = await db.unit.findUnique({ where: { id: underId }, select: { path: true } });
    if (!under) throw new DomainError("NOT_FOUND", msg("errors.unitNotFound"));
    prefix = under.path;
  }
  const [ordered, details] = await Promise.all([
    findUnitsInTreeOrder(prefix),
    db.unit.findMany({
      where: unitsInTree(prefix),
      select: { id: true, code: true, shortName: true, level: true, parentId: true },
    }),
  ]);
  const detailOf = new Map(details.map((d) => [d.id, d]));
  return ordered.flatMap((u) => {
    const d = detailOf.get(u.id);
    return d ? [{ ...u, ...d }] : [];
  });
}
