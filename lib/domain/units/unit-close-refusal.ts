import type { TUnitPlace } from "./unit-move-refusal";

/** What still depends on a unit that is to close. */
export type TUnitHoldings = { activePeople: number; openChildUnits: number; openTasks: number };

export type TUnitCloseRefusal =
  "ROOT" | "ALREADY_CLOSED" | "NOT_EMPTY" | "SUCCESSOR_SELF_OR_BELOW" | "SUCCESSOR_CLOSED";

/**
 * Why `unit` may not close, or null when it may. A unit that still has people, open child units
 * or open work closes only into a successor (a merge), which takes them all; the successor must
 * be open and outside the closing unit's own subtree (its children are about to move to it).
 */
export function unitCloseRefusal(
  unit: TUnitPlace & { closedAt: Date | null },
  holdings: TUnitHoldings,
  successor: (TUnitPlace & { closedAt: Date | null }) | null,
): TUnitCloseRefusal | null {
  if (unit.parentId === null) return "ROOT";
  if (unit.closedAt) return "ALREADY_CLOSED";
  if (!successor) {
    const empty = holdings.activePeople === 0 && holdings.openChildUnits === 0 && holdings.openTasks === 0;
    return empty ? null : "NOT_EMPTY";
  }
  if (successor.path.startsWith(unit.path)) return "SUCCESSOR_SELF_OR_BELOW";
  if (successor.closedAt) return "SUCCESSOR_CLOSED";
  return null;
}
