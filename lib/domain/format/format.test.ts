import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";
import { formatDateTime } from "./format-date-time";
import { formatLocalDate } from "./format-local-date";

describe("formatDate and formatDateTime", () => {
  it.each([
    ["2026-03-02T17:30:00Z", "03/03/2026", "03/03/2026 00:30"],
    ["2026-03-02T16:59:59.999Z", "02/03/2026", "02/03/2026 23:59"],
    ["2025-12-31T17:00:00Z", "01/01/2026", "01/01/2026 00:00"],
    ["2026-02-14T01:05:00Z", "14/02/2026", "14/02/2026 08:05"],
    ["2026-09-02T12:00:00Z", "02/09/2026", "02/09/2026 19:00"],
  ])("%s shows as %s and %s in Asia/Ho_Chi_Minh", (instant, date, dateTime) => {
    expect(formatDate(new Date(instant))).toBe(date);
    expect(formatDateTime(new Date(instant))).toBe(dateTime);
  });

  it("rejects an invalid Date", () => {
    expect(() => formatDate(new Date("nope"))).toThrow(RangeError);
    expect(() => formatDateTime(new Date("nope"))).toThrow(RangeError);
  });
});

describe("formatLocalDate", () => {
  it.each([
    ["2026-02-14", "14/02/2026"],
    ["2025-04-26", "26/04/2025"],
  ])("%s → %s", (date, expected) => {
    expect(formatLocalDate(date)).toBe(expected);
  });

  it("rejects a date that does not exist", () => {
    expect(() => formatLocalDate("2026-02-30")).toThrow(RangeError);
  });
});
