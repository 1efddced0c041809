import { describe, expect, it } from "vitest";
import { moveTemplateStep } from "./move-template-step";

describe("moveTemplateStep", () => {
  it.each([
    ["moves a step up", 1, -1, ["b", "a", "c"]],
    ["moves a step down", 1, 1, ["a", "c", "b"]],
    ["keeps the first step at the top", 0, -1, ["a", "b", "c"]],
    ["keeps the last step at the bottom", 2, 1, ["a", "b", "c"]],
    ["ignores an index out of range", 5, -1, ["a", "b", "c"]],
  ])("%s", (_label, index, delta, expected) => {
    const steps = ["a", "b", "c"];
    expect(moveTemplateStep(steps, index, delta)).toEqual(expected);
    expect(steps).toEqual(["a", "b", "c"]);
  });
});
