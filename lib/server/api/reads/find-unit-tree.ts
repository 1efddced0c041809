import "server-only";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import {
  findKeyedUnitsInTreeOrder,
  isAfterInTreeOrder,
  type TTreeOrderKey,
} from "@/lib/server/tasks-create/find-units-in-tree-order";

/**
 * One keyset page of the unit tree in tree order (parents first), whole or below `underId`:
 * the units after `after`, the tree-order key of the last unit served. The organisation chart
 * is public within the sector, as on every form that offers units, so no scope applies.
 */
export async function findUnitTree(input: { underId?: string; after: TTreeOrderKey | null; limit: number }) {
  let prefix = "/";
  if (input.underId) {
    const under = await db.unit.findUnique({ where: { id: input.underId }, select: { path: true } });
    if (!under) throw new DomainError("NOT_FOUND", msg("errors.unitNotFound"));
    prefix = under.path;
  }
  const { after } = input;
  const ordered = await findKeyedUnitsInTreeOrder(prefix);
  const page = (after ? ordered.filter((u) => isAfterInTreeOrder(u, after)) : ordered).slice(0, input.limit + 1);
  const details = await db.unit.findMany({
    where: { id: { in: page.map((u) => u.id) } },
    select: { id: true, code: true, shortName: true, level: true, parentId: true },
  });
  const detailOf = new Map(details.map((d) => [d.id, d]));
  const items = page.slice(0, input.limit).flatMap((u) => {
    const d = detailOf.get(u.id);
    return d ? [{ ...u, ...d }] : [];
  });
  return { items, hasMore: page.length > input.limit };
}
