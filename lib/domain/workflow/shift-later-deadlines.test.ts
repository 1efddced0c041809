import { describe, expect, it } from "vitest";
import { buildCalendar, defaultHolidays, endOfLocalDay } from "../calendar";
import { shiftLaterDeadlines, type TStepDeadline } from "./shift-later-deadlines";

const cal = buildCalendar(defaultHolidays);
const day = (d: string) => endOfLocalDay(d);
/** Steps 1..n from their deadlines; a leading "✓" marks a done step. */
const stepsOf = (...deadlines: string[]): TStepDeadline[] =>
  deadlines.map((d, i) => ({
    id: `s${i + 1}`,
    order: i + 1,
    deadline: day(d.replace("✓", "")),
    isDone: d.startsWith("✓"),
  }));
const shifted = (steps: TStepDeadline[], stepId: string, newDeadline: string) =>
  Object.fromEntries(
    shiftLaterDeadlines(steps, { stepId, newDeadline: day(newDeadline) }, cal).map((s) => [
      s.order,
      `${s.from.toISOString().slice(0, 10)}→${s.to.toISOString().slice(0, 10)}`,
    ]),
  );

describe("shiftLaterDeadlines", () => {
  it.each([
    // Step 2 due Thu 03/12/2026 extended to Thu 24/12: 15 working days.
    [
      "moves steps 3 and 4 by the 15 working days of the extension (the issue case)",
      ["2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10"],
      "s2",
      "2026-12-24",
      { 3: "2026-12-07→2026-12-28", 4: "2026-12-10→2026-12-31" },
    ],
    [
      "keeps a later step that is still due after the new deadline",
      ["2026-11-30", "2026-12-03", "2027-01-15"],
      "s2",
      "2026-12-24",
      {},
    ],
    [
      "moves a step that only falls behind once the step before it moved",
      ["2026-11-30", "2026-12-03", "2026-12-07", "2026-12-25"],
      "s2",
      "2026-12-24",
      { 3: "2026-12-07→2026-12-28", 4: "2026-12-25→2027-01-18" },
    ],
    [
      "never moves a done step, and does not let it hold the next one back",
      ["2026-11-30", "2026-12-03", "✓2026-12-04", "2026-12-10"],
      "s2",
      "2026-12-24",
      { 4: "2026-12-10→2026-12-31" },
    ],
    [
      "moves nothing for an extension within the same day or to an earlier day",
      ["2026-11-30", "2026-12-03", "2026-12-07"],
      "s2",
      "2026-12-03",
      {},
    ],
    ["moves nothing when the last step is extended", ["2026-11-30", "2026-12-03"], "s2", "2026-12-24", {}],
    [
      "counts working days across Tết 2026 (14/2–22/2): 2 working days after Thu 12/02 is Mon 23/02",
      ["2026-02-09", "2026-02-11", "2026-02-12"],
      "s2",
      "2026-02-13",
      { 3: "2026-02-12→2026-02-23" },
    ],
    [
      "lifts a step that was due before its predecessor already up to the new deadline at least",
      ["2026-12-20", "2026-12-03"],
      "s1",
      "2026-12-21",
      { 2: "2026-12-03→2026-12-21" },
    ],
    [
      "moves a step due the same day as the extended one onto its new deadline",
      ["2026-12-03", "2026-12-03"],
      "s1",
      "2026-12-10",
      { 2: "2026-12-03→2026-12-10" },
    ],
  ])("%s", (_label, deadlines, stepId, newDeadline, expected) => {
    expect(shifted(stepsOf(...deadlines), stepId, newDeadline)).toEqual(expected);
  });

  it("refuses a step that is not among the steps", () => {
    expect(() =>
      shiftLaterDeadlines(stepsOf("2026-12-03"), { stepId: "nope", newDeadline: day("2026-12-10") }, cal),
    ).toThrow(RangeError);
  });
});
