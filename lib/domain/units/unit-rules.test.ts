import { describe, expect, it } from "vitest";
import { unitCloseRefusal } from "./unit-close-refusal";
import { movedUnitPath, unitMoveRefusal } from "./unit-move-refusal";

const root = { id: "r", path: "/r/", parentId: null, closedAt: null };
const hanoi = { id: "h", path: "/r/h/", parentId: "r", closedAt: null };
const dongDa = { id: "d", path: "/r/h/d/", parentId: "h", closedAt: null };
const daNang = { id: "n", path: "/r/n/", parentId: "r", closedAt: null };
const closed = { id: "c", path: "/r/c/", parentId: "r", closedAt: new Date("2026-01-01T00:00:00Z") };
const empty = { activePeople: 0, openChildUnits: 0, openTasks: 0 };

describe("moving a unit", () => {
  it.each([
    ["the root anywhere", root, daNang, "ROOT"],
    ["a unit under itself", hanoi, hanoi, "CYCLE"],
    ["a unit under its own child", hanoi, dongDa, "CYCLE"],
    ["a unit under its current parent", dongDa, hanoi, "SAME_PARENT"],
    ["a unit under a closed unit", dongDa, closed, "PARENT_CLOSED"],
    ["a district to another province", dongDa, daNang, null],
    ["a province under a sibling province", hanoi, daNang, null],
  ] as const)("refuses or allows %s", (_name, unit, parent, expected) => {
    expect(unitMoveRefusal(unit, parent)).toBe(expected);
  });

  it("does not take a sibling whose id starts like the unit's for a descendant", () => {
    const h2 = { id: "h2", path: "/r/h2/", parentId: "r", closedAt: null };
    expect(unitMoveRefusal(hanoi, h2)).toBeNull();
  });

  it("puts the unit's own id under the new parent's path", () => {
    expect(movedUnitPath(dongDa, daNang)).toBe("/r/n/d/");
  });
});

describe("closing a unit", () => {
  it.each([
    ["the root", root, empty, null, "ROOT"],
    ["a closed unit again", closed, empty, null, "ALREADY_CLOSED"],
    ["an empty unit without a successor", dongDa, empty, null, null],
    ["a unit with people and no successor", dongDa, { ...empty, activePeople: 2 }, null, "NOT_EMPTY"],
    ["a unit with open child units and no successor", hanoi, { ...empty, openChildUnits: 1 }, null, "NOT_EMPTY"],
    ["a unit with open work and no successor", dongDa, { ...empty, openTasks: 3 }, null, "NOT_EMPTY"],
    ["into itself", hanoi, empty, hanoi, "SUCCESSOR_SELF_OR_BELOW"],
    ["into its own child", hanoi, { ...empty, activePeople: 1 }, dongDa, "SUCCESSOR_SELF_OR_BELOW"],
    ["into a closed unit", dongDa, { ...empty, activePeople: 1 }, closed, "SUCCESSOR_CLOSED"],
    [
      "into another open unit with everything it holds",
      dongDa,
      { activePeople: 4, openChildUnits: 0, openTasks: 9 },
      daNang,
      null,
    ],
  ] as const)("refuses or allows %s", (_name, unit, holdings, successor, expected) => {
    expect(unitCloseRefusal(unit, holdings, successor)).toBe(expected);
  });
});
