import { describe, expect, it } from "vitest";
import { addCalendarDays, buildCalendar, defaultHolidays, endOfLocalDay, startOfLocalDay } from "../calendar";
import { reminderKindOn } from "./reminder-kind-on";
import { reminderWindows } from "./reminder-windows";

const cal = buildCalendar(defaultHolidays);

/** Every day from `from` for `n` days. */
const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addCalendarDays(from, i));

describe("reminderWindows agrees with reminderKindOn", () => {
  // Across the swapped Saturday of January 2026, Tết 2026 and Tết 2027, and ordinary weeks.
  const todays = [...days("2025-12-28", 20), ...days("2026-02-10", 16), ...days("2027-01-28", 20)];

  it.each(todays)("on %s, every deadline within three weeks gets the same kind", (today) => {
    const windows = reminderWindows(today, cal);
    for (const date of days(addCalendarDays(today, -10), 21)) {
      // Both ends of the local day: a window covers whole dates.
      for (const deadline of [startOfLocalDay(date), endOfLocalDay(date)]) {
        const inWindow = windows.find((w) => deadline >= w.from && deadline < w.to);
        expect([date, inWindow?.kind ?? null]).toEqual([date, reminderKindOn(deadline, today, cal)]);
      }
    }
  });

  it("has no window on a day off", () => {
    expect(reminderWindows("2027-02-08", cal)).toEqual([]);
    expect(reminderWindows("2026-12-12", cal)).toEqual([]);
  });
});
