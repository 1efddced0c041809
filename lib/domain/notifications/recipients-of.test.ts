import { describe, expect, it } from "vitest";
import { nearestHeads } from "./nearest-heads";
import { recipientsOf, type TResolvedRecipient } from "./recipients-of";

describe("recipientsOf", () => {
  it.each<[string, TResolvedRecipient[], string | null, TResolvedRecipient[]]>([
    ["keeps others", [{ kind: "STEP_ASSIGNED", userId: "b" }], "a", [{ kind: "STEP_ASSIGNED", userId: "b" }]],
    ["never the actor of their own action", [{ kind: "STEP_ASSIGNED", userId: "a" }], "a", []],
    [
      "one per person and kind",
      [
        { kind: "STEP_ASSIGNED", userId: "b" },
        { kind: "STEP_ASSIGNED", userId: "b" },
        { kind: "RETURN_UPHELD", userId: "b" },
      ],
      "a",
      [
        { kind: "STEP_ASSIGNED", userId: "b" },
        { kind: "RETURN_UPHELD", userId: "b" },
      ],
    ],
    [
      "with no actor (a job), everyone",
      [{ kind: "SIGNAL_RAISED", userId: "a" }],
      null,
      [{ kind: "SIGNAL_RAISED", userId: "a" }],
    ],
  ])("%s", (_name, resolved, actorId, expected) => {
    expect(recipientsOf(resolved, actorId)).toEqual(expected);
  });
});

describe("nearestHeads", () => {
  const path = ["root", "hanoi", "dongda"];
  const heads = [
    { id: "hRoot", unitId: "root" },
    { id: "hHanoi", unitId: "hanoi" },
    { id: "hDongDa", unitId: "dongda" },
    { id: "hDongDa2", unitId: "dongda" },
  ];
  it.each<[string, typeof heads, string | null, string[]]>([
    ["the unit's own heads", heads, "staff", ["hDongDa", "hDongDa2"]],
    ["the unit's other heads when a head acts", heads, "hDongDa", ["hDongDa2"]],
    ["the head above when the unit's only head acts", heads.slice(0, 3), "hDongDa", ["hHanoi"]],
    ["the nearest unit above with a head", heads.slice(0, 1), "staff", ["hRoot"]],
    ["nobody when no unit has one", [], "staff", []],
  ])("%s", (_name, list, actorId, expected) => {
    expect(nearestHeads(list, path, actorId)).toEqual(expected);
  });
});
