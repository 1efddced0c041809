import { describe, expect, it } from "vitest";
import { buildCalendar } from "./build-calendar";
import { defaultHolidays } from "./default-holidays";
import { isWeekend } from "./is-weekend";

describe("defaultHolidays", () => {
  it("builds into a valid calendar", () => {
    expect(() => buildCalendar(defaultHolidays)).not.toThrow();
  });

  it("lists each date once", () => {
    const dates = defaultHolidays.map((entry) => entry.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  // Điều 112 Bộ luật Lao động 2019 grants 11 paid days off a year; swaps move days but
  // never add or remove one, so weekday holidays minus worked weekends must be 11.
  it.each([["2025"], ["2026"], ["2027"]])("gives exactly 11 net working days off in %s", (year) => {
    const entries = defaultHolidays.filter((entry) => entry.date.startsWith(year));
    const weekdaysOff = entries.filter((e) => e.kind === "HOLIDAY" && !isWeekend(e.date)).length;
    const weekendsWorked = entries.filter((e) => e.kind === "WORKING_DAY").length;
    expect(weekdaysOff - weekendsWorked).toBe(11);
  });

  it("names every entry in Vietnamese", () => {
    expect(defaultHolidays.every((entry) => entry.name.trim().length > 0)).toBe(true);
  });
});
