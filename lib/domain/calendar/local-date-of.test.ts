import { describe, expect, it } from "vitest";
import { addCalendarDays } from "./add-calendar-days";
import { dayOfWeek } from "./day-of-week";
import { endOfLocalDay } from "./end-of-local-day";
import { isLocalDate } from "./is-local-date";
import { localDateOf } from "./local-date-of";
import { localDateOfCases } from "./local-date-of.cases";
import { startOfLocalDay } from "./start-of-local-day";

describe("localDateOf", () => {
  it.each(localDateOfCases)("the instant %s is on %s in Asia/Ho_Chi_Minh", (instant, expected) => {
    expect(localDateOf(new Date(instant))).toBe(expected);
  });

  it("rejects an invalid Date", () => {
    expect(() => localDateOf(new Date("nope"))).toThrow(RangeError);
  });
});

describe("startOfLocalDay and endOfLocalDay", () => {
  it.each([
    ["2026-03-03", "2026-03-02T17:00:00.000Z", "2026-03-03T16:59:59.999Z"],
    ["2026-01-01", "2025-12-31T17:00:00.000Z", "2026-01-01T16:59:59.999Z"],
    ["2024-02-29", "2024-02-28T17:00:00.000Z", "2024-02-29T16:59:59.999Z"],
  ])("%s runs from %s to %s", (date, start, end) => {
    expect(startOfLocalDay(date).toISOString()).toBe(start);
    expect(endOfLocalDay(date).toISOString()).toBe(end);
    expect(localDateOf(endOfLocalDay(date))).toBe(date);
    expect(localDateOf(new Date(endOfLocalDay(date).getTime() + 1))).toBe(addCalendarDays(date, 1));
  });
});

describe("local date validation", () => {
  it.each([
    ["2026-02-28", true],
    ["2024-02-29", true],
    ["2026-02-29", false],
    ["2026-13-01", false],
    ["2026-2-3", false],
    ["03/03/2026", false],
    ["", false],
  ])("isLocalDate(%j) is %s", (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });

  it("throws instead of rolling an impossible date over", () => {
    expect(() => endOfLocalDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("addCalendarDays and dayOfWeek", () => {
  it.each([
    ["2025-12-31", 1, "2026-01-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2026-02-14", 8, "2026-02-22"],
  ])("%s + %i calendar days = %s", (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it.each([
    ["1970-01-01", 4],
    ["1969-12-28", 0],
    ["2026-02-14", 6],
    ["2026-04-26", 0],
    ["2027-05-01", 6],
    ["2026-09-02", 3],
  ])("%s is day %i of the week (0 = Sunday)", (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });
});
