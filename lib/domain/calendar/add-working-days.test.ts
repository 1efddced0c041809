import { describe, expect, it } from "vitest";
import { addCalendarDays } from "./add-calendar-days";
import { addWorkingDays } from "./add-working-days";
import { buildCalendar } from "./build-calendar";
import { countWorkingDaysBetween } from "./count-working-days-between";
import { defaultHolidays } from "./default-holidays";
import { isWorkingDay } from "./is-working-day";
import { localDateOf } from "./local-date-of";
import { startOfLocalDay } from "./start-of-local-day";

const cal = buildCalendar(defaultHolidays);
const noHolidays = buildCalendar([]);

/** Deadlines are the end of a local day: 23:59:59.999 at UTC+7. */
const endOf = (date: string) => `${date}T16:59:59.999Z`;
const prevDay = (date: string) => addCalendarDays(date, -1);

describe("addWorkingDays", () => {
  it.each([
    ["skips Tết 2026 (14/2–22/2)", "2026-02-12T10:00:00+07:00", 3, "2026-02-24"],
    ["lands on the first day back after Tết 2026", "2026-02-13T09:00:00+07:00", 1, "2026-02-23"],
    ["counts the swapped Saturday 26/4/2025", "2025-04-24T10:00:00+07:00", 2, "2025-04-26"],
    ["uses Saturday 26/4/2025 as the next working day after Friday", "2025-04-25T16:00:00+07:00", 1, "2025-04-26"],
    ["skips 30/4, 1/5 and the swapped-off Friday 2/5/2025", "2025-04-29T10:00:00+07:00", 1, "2025-05-05"],
    ["moves a deadline off the Giỗ Tổ make-up Monday 27/4/2026", "2026-04-24T10:00:00+07:00", 1, "2026-04-28"],
    ["moves past 30/4–1/5/2026 and the weekend", "2026-04-29T10:00:00+07:00", 1, "2026-05-04"],
    ["crosses the year: 1/1 holiday, 2/1/2026 swapped off", "2025-12-31T15:00:00+07:00", 1, "2026-01-05"],
    ["crosses the year to Friday 9/1/2026", "2025-12-31T15:00:00+07:00", 5, "2026-01-09"],
    ["counts the make-up Saturday 10/1/2026", "2025-12-31T15:00:00+07:00", 6, "2026-01-10"],
    ["continues on Monday after the make-up Saturday", "2025-12-31T15:00:00+07:00", 7, "2026-01-12"],
    ["skips the assumed Tết 2027 (4/2–10/2)", "2027-02-03T10:00:00+07:00", 2, "2027-02-12"],
    ["starts from a holiday: day 1 is the first working day after it", "2026-02-18T10:00:00+07:00", 2, "2026-02-24"],
    ["starts from a Saturday", "2026-03-07T10:00:00+07:00", 1, "2026-03-09"],
    ["reads 17:30Z on 2/3 as 00:30 on 3/3 local", "2026-03-02T17:30:00Z", 1, "2026-03-04"],
    ["reads 16:59Z on 2/3 as 23:59 on 2/3 local", "2026-03-02T16:59:00Z", 1, "2026-03-03"],
    ["n = 0 on a working day: end of that day", "2026-03-03T08:00:00+07:00", 0, "2026-03-03"],
    ["n = 0 on a holiday: end of the next working day", "2026-02-16T08:00:00+07:00", 0, "2026-02-23"],
    ["n = 0 on a Saturday: end of Monday", "2026-03-07T08:00:00+07:00", 0, "2026-03-09"],
    ["n = 0 on the swapped Saturday 26/4/2025: that day", "2025-04-26T08:00:00+07:00", 0, "2025-04-26"],
  ])("%s: %s + %i working days → end of %s", (_why, start, n, dueDate) => {
    expect(addWorkingDays(new Date(start), n, cal).toISOString()).toBe(endOf(dueDate));
  });

  it("would have landed on 27/4/2026 without the holiday calendar", () => {
    const start = new Date("2026-04-24T10:00:00+07:00");
    expect(addWorkingDays(start, 1, noHolidays).toISOString()).toBe(endOf("2026-04-27"));
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])("rejects n = %s", (n) => {
    expect(() => addWorkingDays(new Date("2026-03-03T08:00:00+07:00"), n, cal)).toThrow(RangeError);
  });

  it("throws instead of looping forever when no day is a working day", () => {
    const entries = Array.from({ length: 400 }, (_, i) => ({
      date: addCalendarDays("2026-01-01", i),
      kind: "HOLIDAY" as const,
      name: "Nghỉ",
    }));
    expect(() => addWorkingDays(new Date("2026-01-01T08:00:00+07:00"), 1, buildCalendar(entries))).toThrow(RangeError);
  });

  it("always ends on a working day that lies exactly n working days later", () => {
    const failures: string[] = [];
    for (let day = "2024-12-20"; day <= "2027-12-10"; day = addCalendarDays(day, 3)) {
      // Two instants per day: just after local midnight and just before the next one.
      const starts = [new Date(startOfLocalDay(day).getTime() + 60_000), new Date(Date.parse(endOf(day)) - 60_000)];
      for (const start of starts) {
        for (const n of [1, 2, 5, 10, 22]) {
          const due = addWorkingDays(start, n, cal);
          const dueDate = localDateOf(due);
          if (due.toISOString() !== endOf(dueDate)) failures.push(`${day}+${n}: not end of day`);
          if (!isWorkingDay(dueDate, cal)) failures.push(`${day}+${n}: ${dueDate} is not a working day`);
          if (countWorkingDaysBetween(start, due, cal) !== n) failures.push(`${day}+${n}: count mismatch`);
          if (countWorkingDaysBetween(start, new Date(Date.parse(endOf(prevDay(dueDate)))), cal) !== n - 1) {
            failures.push(`${day}+${n}: the day before ${dueDate} is not n-1 working days away`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
