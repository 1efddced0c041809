import { describe, expect, it } from "vitest";
import { buildCalendar, defaultHolidays, endOfLocalDay } from "../calendar";
import { reminderKindOn } from "./reminder-kind-on";

// The shipped calendar: Tết 2027 is Thursday 04/02 to Wednesday 10/02 (both weekends inside);
// Saturday 10/01/2026 is a swapped working day (Friday 02/01/2026 is off instead).
const cal = buildCalendar(defaultHolidays);
const due = (date: string) => endOfLocalDay(date);

describe("reminderKindOn", () => {
  it.each<[string, string, string, string | null]>([
    // deadline, today, expected
    ["an ordinary Wednesday deadline, the Tuesday before", "2026-12-09", "2026-12-08", "DUE_TOMORROW"],
    ["the same, on the day", "2026-12-09", "2026-12-09", "DUE_TODAY"],
    ["the same, the Thursday after: overdue", "2026-12-09", "2026-12-10", "OVERDUE"],
    ["overdue is said once: not on the Friday", "2026-12-09", "2026-12-11", null],
    ["two working days ahead: nothing yet", "2026-12-09", "2026-12-07", null],
    // weekends
    ["a Monday deadline: due tomorrow on the Friday", "2026-12-14", "2026-12-11", "DUE_TOMORROW"],
    ["nothing on the Saturday", "2026-12-14", "2026-12-12", null],
    ["nothing on the Sunday", "2026-12-14", "2026-12-13", null],
    ["a Friday deadline: overdue on the Monday", "2026-12-11", "2026-12-14", "OVERDUE"],
    ["a Sunday deadline is due on the Friday", "2026-12-13", "2026-12-11", "DUE_TODAY"],
    ["a Sunday deadline: due tomorrow on the Thursday", "2026-12-13", "2026-12-10", "DUE_TOMORROW"],
    ["a Sunday deadline: overdue on the Monday", "2026-12-13", "2026-12-14", "OVERDUE"],
    // swapped Saturday 10/01/2026, a working day; Friday 02/01 and Thursday 01/01 are off
    ["a deadline on the swapped Saturday: due tomorrow on Friday 09/01", "2026-01-10", "2026-01-09", "DUE_TOMORROW"],
    ["due today on the swapped Saturday itself", "2026-01-10", "2026-01-10", "DUE_TODAY"],
    ["a Monday deadline: due tomorrow on the swapped Saturday", "2026-01-12", "2026-01-10", "DUE_TOMORROW"],
    ["not on the Friday before it, which is not the day before", "2026-01-12", "2026-01-09", null],
    ["a Friday 09/01 deadline: overdue on the swapped Saturday", "2026-01-09", "2026-01-10", "OVERDUE"],
    // Tết 2027
    ["the first day back after Tết: due tomorrow on the last day before", "2027-02-11", "2027-02-03", "DUE_TOMORROW"],
    ["nothing during Tết", "2027-02-11", "2027-02-10", null],
    ["due today on the first day back", "2027-02-11", "2027-02-11", "DUE_TODAY"],
    ["a deadline on the eve of Tết: overdue on the first day back", "2027-02-03", "2027-02-11", "OVERDUE"],
    // a deadline on a holiday stays as stored; it is due the working day before
    ["a deadline inside Tết is due on the last day before", "2027-02-08", "2027-02-03", "DUE_TODAY"],
    ["and due tomorrow the day before that", "2027-02-08", "2027-02-02", "DUE_TOMORROW"],
    ["and overdue on the first day back", "2027-02-08", "2027-02-11", "OVERDUE"],
    ["Giỗ Tổ on Friday 16/04/2027: due on the Thursday", "2027-04-16", "2027-04-15", "DUE_TODAY"],
    ["Giỗ Tổ: overdue on the Monday", "2027-04-16", "2027-04-19", "OVERDUE"],
  ])("%s", (_name, deadline, today, expected) => {
    expect(reminderKindOn(due(deadline), today, cal)).toBe(expected);
  });

  it("reads the deadline's local date: 23:30 on the 9th in Hà Nội is the 9th", () => {
    expect(reminderKindOn(new Date("2026-12-09T16:30:00Z"), "2026-12-09", cal)).toBe("DUE_TODAY");
  });
});
