/** A unit's place in the tree: its id and materialised path "/<root>/…/<id>/". */
export type TUnitPlace = { id: string; path: string; parentId: string | null };

export type TUnitMoveRefusal = "ROOT" | "CYCLE" | "SAME_PARENT" | "PARENT_CLOSED";

/**
 * Why `unit` may not be moved under `parent`, or null when it may. The root stays the root (the
 * sector has one); a unit cannot go under itself or anything below it (the tree would become a
 * cycle, and every path below it endless); a closed unit takes no new children.
 */
export function unitMoveRefusal(
  unit: TUnitPlace,
  parent: TUnitPlace & { closedAt: Date | null },
): TUnitMoveRefusal | null {
  if (unit.parentId === null) return "ROOT";
  if (parent.path.startsWith(unit.path)) return "CYCLE";
  if (unit.parentId === parent.id) return "SAME_PARENT";
  if (parent.closedAt) return "PARENT_CLOSED";
  return null;
}

/** The path of `unit` once it sits under `parent`; its subtree's paths swap the same prefix. */
export function movedUnitPath(unit: Pick<TUnitPlace, "id">, parent: Pick<TUnitPlace, "path">): string {
  return `${parent.path}${unit.id}/`;
}
