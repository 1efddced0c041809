import { describe, expect, it } from "vitest";
import { buildCalendar } from "./build-calendar";
import { defaultHolidays } from "./default-holidays";
import { isWorkingDay } from "./is-working-day";

const cal = buildCalendar(defaultHolidays);

describe("isWorkingDay with the default calendar", () => {
  it.each([
    ["2026-03-03", true, "an ordinary Tuesday"],
    ["2026-03-07", false, "an ordinary Saturday"],
    ["2026-03-08", false, "an ordinary Sunday"],
    ["2025-04-26", true, "Saturday 26/4/2025, worked to bridge 30/4–1/5"],
    ["2025-05-02", false, "Friday 2/5/2025, swapped off"],
    ["2025-04-30", false, "30/4/2025"],
    ["2026-01-01", false, "Tết Dương lịch 2026"],
    ["2026-01-02", false, "Friday 2/1/2026, swapped off"],
    ["2026-01-10", true, "Saturday 10/1/2026, worked in exchange"],
    ["2026-02-13", true, "the Friday before Tết 2026"],
    ["2026-02-16", false, "Tết 2026 (Monday)"],
    ["2026-02-20", false, "Tết 2026 (Friday)"],
    ["2026-02-23", true, "the first day back after Tết 2026"],
    ["2026-04-27", false, "Monday 27/4/2026, compensating Giỗ Tổ on a Sunday"],
    ["2026-09-01", false, "the day adjoining Quốc khánh 2026 (assumed 1/9)"],
    ["2026-09-03", true, "Thursday after Quốc khánh 2026"],
    ["2027-05-03", false, "Monday 3/5/2027, compensating 1/5 on a Saturday"],
    ["2027-09-03", false, "Friday 3/9/2027, adjoining Quốc khánh"],
  ])("%s is a working day: %s (%s)", (date, expected) => {
    expect(isWorkingDay(date, cal)).toBe(expected);
  });
});

describe("isWorkingDay precedence", () => {
  it("treats a date that is both a holiday and a swapped weekend as a holiday", () => {
    const odd = {
      holidays: new Map([["2026-03-07", "Nghỉ"]]),
      workingWeekends: new Map([["2026-03-07", "Làm bù"]]),
    };
    expect(isWorkingDay("2026-03-07", odd)).toBe(false);
  });
});
