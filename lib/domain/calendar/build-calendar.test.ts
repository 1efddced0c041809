import { describe, expect, it } from "vitest";
import { buildCalendar } from "./build-calendar";
import type { TCalendarEntry } from "./work-calendar";

describe("buildCalendar", () => {
  it("splits holidays and swapped working days, keeping their names", () => {
    const cal = buildCalendar([
      { date: "2025-04-26", kind: "WORKING_DAY", name: "Làm bù" },
      { date: "2025-05-02", kind: "HOLIDAY", name: "Nghỉ hoán đổi" },
    ]);
    expect([...cal.holidays]).toEqual([["2025-05-02", "Nghỉ hoán đổi"]]);
    expect([...cal.workingWeekends]).toEqual([["2025-04-26", "Làm bù"]]);
  });

  it.each<[string, TCalendarEntry[]]>([
    ["an impossible date", [{ date: "2026-02-30", kind: "HOLIDAY", name: "x" }]],
    ["a date in dd/mm/yyyy", [{ date: "01/01/2026", kind: "HOLIDAY", name: "x" }]],
    [
      "the same date as holiday and working day",
      [
        { date: "2026-01-10", kind: "WORKING_DAY", name: "Làm bù" },
        { date: "2026-01-10", kind: "HOLIDAY", name: "Nghỉ" },
      ],
    ],
    ["a swapped working day on a weekday", [{ date: "2026-01-09", kind: "WORKING_DAY", name: "Làm bù" }]],
  ])("rejects %s", (_why, entries) => {
    expect(() => buildCalendar(entries)).toThrow(RangeError);
  });
});
