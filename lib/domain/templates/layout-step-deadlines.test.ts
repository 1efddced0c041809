import { describe, expect, it } from "vitest";
import { buildCalendar, defaultHolidays } from "../calendar";
import { layoutStepDeadlines } from "./layout-step-deadlines";

const cal = buildCalendar(defaultHolidays);

describe("layoutStepDeadlines", () => {
  it.each([
    ["an ordinary week", "2026-03-02T09:00:00+07:00", [1, 2, 1], ["2026-03-03", "2026-03-05", "2026-03-06"]],
    ["across a weekend", "2026-03-05T09:00:00+07:00", [1, 1, 1], ["2026-03-06", "2026-03-09", "2026-03-10"]],
    ["across Tết 2026 (14/2–22/2)", "2026-02-12T15:00:00+07:00", [1, 1, 2], ["2026-02-13", "2026-02-23", "2026-02-25"]],
    [
      "counting the make-up Saturday 10/1/2026",
      "2026-01-08T10:00:00+07:00",
      [1, 1, 1],
      ["2026-01-09", "2026-01-10", "2026-01-12"],
    ],
    ["over New Year 2026 (1/1 and the swapped 2/1)", "2025-12-31T16:00:00+07:00", [1, 5], ["2026-01-05", "2026-01-10"]],
    ["over 30/4–1/5/2026", "2026-04-28T09:00:00+07:00", [1, 1], ["2026-04-29", "2026-05-04"]],
    ["from a Saturday", "2026-03-07T09:00:00+07:00", [3], ["2026-03-11"]],
    ["late evening counts as that local day", "2026-03-02T16:30:00Z", [1], ["2026-03-03"]],
    ["no steps", "2026-03-02T09:00:00+07:00", [], []],
  ])("%s", (_label, start, durations, expected) => {
    expect(layoutStepDeadlines(new Date(start), durations, cal)).toEqual(expected);
  });

  it("chains each step from the previous deadline, not from the start", () => {
    const [a, b] = layoutStepDeadlines(new Date("2026-03-02T09:00:00+07:00"), [5, 5], cal);
    expect([a, b]).toEqual(["2026-03-09", "2026-03-16"]);
  });

  it("refuses a duration that is not a whole number of days", () => {
    expect(() => layoutStepDeadlines(new Date("2026-03-02T09:00:00+07:00"), [1.5], cal)).toThrow(RangeError);
  });
});
