import { describe, expect, it } from "vitest";
import { formatLocalDate } from "./format-local-date";
import { parseDayMonthYear } from "./parse-day-month-year";

describe("parseDayMonthYear", () => {
  it.each([
    ["24/12/2026", "2026-12-24"],
    [" 24/12/2026 ", "2026-12-24"],
    ["1/2/2026", "2026-02-01"],
    ["01/02/2026", "2026-02-01"],
    ["24.12.2026", "2026-12-24"],
    ["24-12-2026", "2026-12-24"],
    ["24 / 12 / 2026", "2026-12-24"],
    ["24122026", "2026-12-24"],
    ["29/02/2028", "2028-02-29"],
    ["31/12/2026", "2026-12-31"],
    ["2026-12-24", "2026-12-24"],
  ])("reads %j as %s", (text, expected) => {
    expect(parseDayMonthYear(text)).toBe(expected);
  });

  it.each([
    ["31/02/2026", "no 31 February"],
    ["29/02/2026", "2026 is not a leap year"],
    ["31/04/2026", "April has 30 days"],
    ["00/12/2026", "no day 0"],
    ["24/13/2026", "no month 13"],
    ["12/24/2026", "month-first (US) order"],
    ["24/12/26", "two-digit year"],
    ["24/12/20266", "five-digit year"],
    ["2026-2-3", "ISO without padding"],
    ["2026-02-30", "ISO day that does not exist"],
    ["24/12", "no year"],
    ["2412202", "seven digits"],
    ["", "empty"],
    ["hôm nay", "words"],
    ["24/12-2026x", "trailing text"],
  ])("refuses %j (%s)", (text) => {
    expect(parseDayMonthYear(text)).toBeNull();
  });

  it.each(["2026-01-01", "2026-12-31", "2028-02-29"])("formatLocalDate and parseDayMonthYear round-trip %s", (date) => {
    expect(parseDayMonthYear(formatLocalDate(date))).toBe(date);
  });
});
