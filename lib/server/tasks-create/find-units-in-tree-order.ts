import "server-only";
import { db } from "@/lib/server/db/prisma";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * Units whose path starts with `pathPrefix` ("/" for all), in tree order (parents before
 * children, siblings by sortOrder then name), with their depth below the shallowest
 * of them, for indenting in a select.
 */
export async function findUnitsInTreeOrder(pathPrefix: string) {
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
    .map((u) => ({ id: u.id, name: u.name, path: u.path, depth: depthOf(u.path) - top, sortKey: key(u.path) }))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey, "vi"))
    .map(({ sortKey: _k, ...u }) => u);
}
