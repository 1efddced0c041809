import "server-only";
import { db } from "@/lib/server/db/prisma";
import { findUnitsInTreeOrder } from "@/lib/server/tasks-create/find-units-in-tree-order";

/** The open units in tree order, for choosing a parent or a successor; `except` leaves a subtree out. */
export async function findOpenUnitOptions(except?: { path: string }) {
  const [ordered, closed] = await Promise.all([
    findUnitsInTreeOrder("/"),
    db.unit.findMany({ where: { closedAt: { not: null } }, select: { id: true } }),
  ]);
  const closedIds = new Set(closed.map((c) => c.id));
  return ordered
    .filter((u) => !closedIds.has(u.id) && !(except && u.path.startsWith(except.path)))
    .map((u) => ({ id: u.id, name: u.name, depth: u.depth }));
}
