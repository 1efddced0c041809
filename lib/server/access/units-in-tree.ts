import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * The units at or below the unit whose path is `rootPath`. Paths are the ids from the root
 * down, each followed by "/", so a prefix is exactly a subtree (and a unit's own path matches
 * itself); the index on Unit.path serves it. The one spelling of "in this unit's tree".
 */
export function unitsInTree(rootPath: string) {
  return { path: { startsWith: rootPath } } satisfies Prisma.UnitWhereInput;
}
