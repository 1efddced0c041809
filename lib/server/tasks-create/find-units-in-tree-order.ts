import "server-only";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Units whose path starts with `pathPrefix` ("/" for all), in tree order (parents before
 * children, siblings by sortOrder then name), with their depth below the shallowest
 * of them, for indenting in a select.
 */
export async function findUnitsInTreeOrder(pathPrefix: string) {
  return (await findKeyedUnitsInTreeOrder(pathPrefix)).map(({ treeKey: _k, ...u }) => u);
}

/** A unit's place in tree order: its key, then its id for siblings of the same order and name. */
export type TTreeOrderKey = { treeKey: string; id: string };

/** Whether `a` comes after `b` in tree order: what a keyset page of the tree starts after. */
export function isAfterInTreeOrder(a: TTreeOrderKey, b: TTreeOrderKey): boolean {
  return compareTreeOrder(a, b) > 0;
}

/** The same units, each with `treeKey`: the "sortOrder + name" of every unit on its path. */
export async function findKeyedUnitsInTreeOrder(pathPrefix: string) {
  const units = await db.unit.findMany({
    where: unitsInTree(pathPrefix),
    select: { id: true, name: true, path: true, sortOrder: true, parentId: true },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const key = (path: string) =>
    path
      .split("/")
      .filter(Boolean)
      .map((id) => `${String(byId.get(id)?.sortOrder ?? 0).padStart(5, "0")}${byId.get(id)?.name ?? ""}`)
      .join("/");
  const depthOf = (path: string) => path.split("/").filter(Boolean).length;
  const top = Math.min(...units.map((u) => depthOf(u.path)));
  return units
    .map((u) => ({ id: u.id, name: u.name, path: u.path, depth: depthOf(u.path) - top, treeKey: key(u.path) }))
    .sort(compareTreeOrder);
}

function compareTreeOrder(a: TTreeOrderKey, b: TTreeOrderKey): number {
  return a.treeKey.localeCompare(b.treeKey, "vi") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
