import { describe, expect, it } from "vitest";
import { periodKeyOfRange } from "./period-key-of-range";

describe("periodKeyOfRange", () => {
  it.each([
    ["2026-01-01", "2026-12-31", "2026"],
    ["2026-10-01", "2026-12-31", "2026-Q4"],
    ["2026-01-01", "2026-03-31", "2026-Q1"],
    ["2026-11-01", "2026-11-30", "2026-11"],
    ["2028-02-01", "2028-02-29", "2028-02"],
    ["2026-02-01", "2026-02-27", null],
    ["2026-11-02", "2026-11-30", null],
    ["2026-10-01", "2026-11-30", null],
    ["2026-01-01", "2027-12-31", null],
  ])("%s – %s → %s", (from, to, key) => {
    expect(periodKeyOfRange(from, to)).toBe(key);
  });
});
