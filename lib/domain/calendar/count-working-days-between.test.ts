import { describe, expect, it } from "vitest";
import { addCalendarDays } from "./add-calendar-days";
import { buildCalendar } from "./build-calendar";
import { countWorkingDaysBetween } from "./count-working-days-between";
import { countWorkingDaysBetweenCases, workingDaysCasesCalendar } from "./count-working-days-between.cases";
import { defaultHolidays } from "./default-holidays";
import { isWorkingDay } from "./is-working-day";
import { startOfLocalDay } from "./start-of-local-day";
import type { TWorkCalendar } from "./work-calendar";

const cal = buildCalendar(defaultHolidays);
const noHolidays = buildCalendar([]);
const at = (iso: string) => new Date(iso);

describe("countWorkingDaysBetween", () => {
  it.each([
    ["the same instant", "2026-03-03T08:00:00+07:00", "2026-03-03T08:00:00+07:00", 0],
    ["morning to night of one day", "2026-03-03T08:00:00+07:00", "2026-03-03T23:00:00+07:00", 0],
    ["Friday to Monday", "2026-03-06T10:00:00+07:00", "2026-03-09T10:00:00+07:00", 1],
    ["Friday to Sunday", "2026-03-06T10:00:00+07:00", "2026-03-08T10:00:00+07:00", 0],
    ["a full week", "2026-03-02T10:00:00+07:00", "2026-03-09T10:00:00+07:00", 5],
    [
      "across Tết 2026, last day before to first day after",
      "2026-02-13T10:00:00+07:00",
      "2026-02-23T10:00:00+07:00",
      1,
    ],
    ["across Tết 2026, Thursday to Tuesday", "2026-02-12T10:00:00+07:00", "2026-02-24T10:00:00+07:00", 3],
    ["across the 2025 swap (26/4 worked, 2/5 off)", "2025-04-25T10:00:00+07:00", "2025-05-05T10:00:00+07:00", 4],
    ["across the new year 2026 and its make-up Saturday", "2025-12-31T10:00:00+07:00", "2026-01-12T10:00:00+07:00", 7],
    ["the whole of 2025", "2025-01-01T10:00:00+07:00", "2026-01-01T10:00:00+07:00", 250],
    ["the whole of 2026", "2026-01-01T10:00:00+07:00", "2027-01-01T10:00:00+07:00", 250],
    ["backwards across Tết 2026", "2026-02-24T10:00:00+07:00", "2026-02-12T10:00:00+07:00", -3],
    ["backwards Monday to Friday", "2026-03-09T10:00:00+07:00", "2026-03-06T10:00:00+07:00", -1],
    ["from 00:30 local on 3/3 (17:30Z on 2/3)", "2026-03-02T17:30:00Z", "2026-03-04T10:00:00+07:00", 1],
    ["from 23:30 local on 2/3 (16:30Z on 2/3)", "2026-03-02T16:30:00Z", "2026-03-04T10:00:00+07:00", 2],
  ])("%s: %s → %s is %i", (_why, from, to, expected) => {
    expect(countWorkingDaysBetween(at(from), at(to), cal)).toBe(expected);
  });

  it.each(countWorkingDaysBetweenCases)("%s, in the cases' calendar: %s → %s is %i", (_why, from, to, expected) => {
    expect(countWorkingDaysBetween(at(from), at(to), buildCalendar(workingDaysCasesCalendar))).toBe(expected);
  });

  it("counts Tết 2026 weekdays as working days only without the calendar", () => {
    expect(countWorkingDaysBetween(at("2026-02-12T10:00:00+07:00"), at("2026-02-24T10:00:00+07:00"), noHolidays)).toBe(
      8,
    );
  });

  it("never counts a date that is both a holiday and a swapped weekend", () => {
    const odd: TWorkCalendar = {
      holidays: new Map([["2026-03-07", "Nghỉ"]]),
      workingWeekends: new Map([
        ["2026-03-07", "Làm bù"],
        ["2026-03-14", "Làm bù"],
      ]),
    };
    expect(countWorkingDaysBetween(at("2026-03-06T10:00:00+07:00"), at("2026-03-16T10:00:00+07:00"), odd)).toBe(7);
  });

  it("agrees with walking the days one by one, forwards and backwards", () => {
    const failures: string[] = [];
    for (let from = "2024-12-01"; from <= "2027-12-31"; from = addCalendarDays(from, 5)) {
      for (const offset of [-45, -8, -1, 0, 1, 2, 6, 11, 30, 97, 400]) {
        const to = addCalendarDays(from, offset);
        const expected = walk(from, to, cal);
        const actual = countWorkingDaysBetween(startOfLocalDay(from), startOfLocalDay(to), cal);
        if (actual !== expected) failures.push(`${from} → ${to}: ${actual}, walking gives ${expected}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** The obvious definition: working days in (from, to], negated when to < from. */
function walk(from: string, to: string, calendar: TWorkCalendar): number {
  const [lo, hi, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addCalendarDays(lo, 1); day <= hi; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return sign * count;
}
