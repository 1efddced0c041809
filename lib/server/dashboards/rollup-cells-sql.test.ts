import { describe, expect, it } from "vitest";
import { cellsCanAnswer } from "./rollup-cells-sql";

const scopePath = "/root/";
const march = { from: new Date("2041-02-28T17:00:00.000Z"), to: new Date("2041-03-31T17:00:00.000Z") };

describe("cellsCanAnswer: when the pre-counted cells serve a roll-up", () => {
  it.each([
    ["unit, all time", "unit", { scopePath }, true],
    ["month over a whole month", "month", { scopePath, period: march }, true],
    ["person over whole months", "person", { scopePath, period: march }, true],
    ["unit by month, tasks", "unitMonth", { scopePath, level: "task" }, true],
    [
      "a period starting mid-month",
      "unit",
      { scopePath, period: { ...march, from: new Date("2041-03-04T17:00:00.000Z") } },
      false,
    ],
    [
      "a period ending at UTC midnight, not Hà Nội's",
      "unit",
      { scopePath, period: { ...march, to: new Date("2041-04-01T00:00:00.000Z") } },
      false,
    ],
    ["one directive", "unit", { scopePath, directiveId: "d" }, false],
    ["one person", "month", { scopePath, personId: "p" }, false],
    ["by directive", "directive", { scopePath }, false],
    ["tasks by person", "person", { scopePath, level: "task" }, false],
  ] as const)("%s → %s", (_label, by, filter, expected) => {
    expect(cellsCanAnswer(by, filter)).toBe(expected);
  });
});
