import type { TCalendarEntry } from "./work-calendar";

/**
 * A calendar of a year no other test uses (2054), so an integration test can store it in
 * CalendarDay without moving anyone else's counts: the Lunar New Year holidays from Thursday
 * 5/2 to Wednesday 11/2 (weekdays off), a holiday on a Sunday (changes nothing) and a
 * Saturday worked in exchange.
 */
export const workingDaysCasesCalendar: readonly TCalendarEntry[] = [
  ...["2054-02-05", "2054-02-06", "2054-02-09", "2054-02-10", "2054-02-11"].map((date) => ({
    date,
    kind: "HOLIDAY" as const,
    name: "New Year holiday",
  })),
  { date: "2054-02-08", kind: "HOLIDAY", name: "New Year holiday (Sunday)" },
  { date: "2054-02-14", kind: "WORKING_DAY", name: "Worked in exchange" },
];

/**
 * Instants and the working days between them under workingDaysCasesCalendar: one table for
 * countWorkingDaysBetween (unit test) and for the database function "working_days_between"
 * (tests/integration/calendar/working-days-between-sql.int.test.ts).
 */
export const countWorkingDaysBetweenCases: readonly (readonly [why: string, from: string, to: string, days: number])[] =
  [
    ["the same instant", "2054-03-03T08:00:00+07:00", "2054-03-03T08:00:00+07:00", 0],
    ["morning to night of one day", "2054-03-03T08:00:00+07:00", "2054-03-03T23:00:00+07:00", 0],
    ["Friday to Monday", "2054-03-06T10:00:00+07:00", "2054-03-09T10:00:00+07:00", 1],
    ["Friday to Sunday", "2054-03-06T10:00:00+07:00", "2054-03-08T10:00:00+07:00", 0],
    ["a full week", "2054-03-02T10:00:00+07:00", "2054-03-09T10:00:00+07:00", 5],
    [
      "across the New Year holidays and the Saturday worked",
      "2054-02-04T10:00:00+07:00",
      "2054-02-16T10:00:00+07:00",
      4,
    ],
    ["backwards across the New Year holidays", "2054-02-16T10:00:00+07:00", "2054-02-04T10:00:00+07:00", -4],
    ["backwards Monday to Friday", "2054-03-09T10:00:00+07:00", "2054-03-06T10:00:00+07:00", -1],
    ["from 00:30 local (17:30Z the day before)", "2054-03-02T17:30:00Z", "2054-03-04T10:00:00+07:00", 1],
    ["from 23:30 local (16:30Z the same day)", "2054-03-02T16:30:00Z", "2054-03-04T10:00:00+07:00", 2],
    ["the whole of 2054", "2054-01-01T10:00:00+07:00", "2055-01-01T10:00:00+07:00", 257],
  ];
