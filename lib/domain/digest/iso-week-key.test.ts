import { describe, expect, it } from "vitest";
import { isoWeekKey } from "./iso-week-key";

describe("isoWeekKey", () => {
  it.each([
    ["2026-12-07", "2026-W50"], // a Monday
    ["2026-12-13", "2026-W50"], // its Sunday
    ["2026-12-14", "2026-W51"],
    ["2027-01-01", "2026-W53"], // a Friday: the week of 2026's last Thursday
    ["2027-01-04", "2027-W01"],
    ["2025-12-29", "2026-W01"], // a Monday in 2025, in the week of 2026's first Thursday
    ["2027-02-11", "2027-W06"], // the first working day after Tết 2027, a Thursday
  ])("%s is in %s", (date, key) => {
    expect(isoWeekKey(date)).toBe(key);
  });
});
