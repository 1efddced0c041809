import { describe, expect, it } from "vitest";
import { buildCalendar } from "../calendar/build-calendar";
import { defaultHolidays } from "../calendar/default-holidays";
import { deadlineOfPeriod } from "./deadline-of-period";
import { describeRecurrence } from "./describe-recurrence";
import { duePeriods, nextDuePeriod } from "./due-periods";
import { periodFromKey } from "./period-from-key";
import { periodOf } from "./period-of";
import type { TRecurrenceRule } from "./recurrence-rule";
import { stepDeadlinesBefore } from "./step-deadlines-before";
import { periodLabel } from "./period-label";
import { translate } from "../../i18n/translate";

const cal = buildCalendar(defaultHolidays);
const monthly20: TRecurrenceRule = {
  frequency: "MONTHLY",
  deadlineRule: "FIXED_DAY",
  deadlineDay: 20,
  deadlineNextMonth: false,
  deadlineOffset: null,
  leadDays: 7,
  startsOn: "2026-01",
};
const fixed = (day: number, nextMonth = false) => ({ ...monthly20, deadlineDay: day, deadlineNextMonth: nextMonth });
const working = (frequency: TRecurrenceRule["frequency"], days: number): TRecurrenceRule => ({
  ...monthly20,
  frequency,
  deadlineRule: "WORKING_DAYS_AFTER_PERIOD",
  deadlineDay: null,
  deadlineOffset: days,
});

describe("periodOf", () => {
  it.each([
    ["MONTHLY", "2026-12-31", "2026-12", "2026-12-01", "2026-12-31"],
    ["MONTHLY", "2028-02-10", "2028-02", "2028-02-01", "2028-02-29"],
    ["MONTHLY", "2027-02-10", "2027-02", "2027-02-01", "2027-02-28"],
    ["QUARTERLY", "2026-12-31", "2026-Q4", "2026-10-01", "2026-12-31"],
    ["QUARTERLY", "2026-04-01", "2026-Q2", "2026-04-01", "2026-06-30"],
    ["QUARTERLY", "2026-03-31", "2026-Q1", "2026-01-01", "2026-03-31"],
    ["YEARLY", "2026-07-15", "2026", "2026-01-01", "2026-12-31"],
  ] as const)("%s period of %s is %s (%s–%s)", (frequency, date, key, start, end) => {
    expect(periodOf(frequency, date)).toEqual({ key, start, end });
  });

  it.each(["2026-13", "2026-Q5", "26", "2026-1", ""])("refuses the key %j", (key) => {
    expect(() => periodFromKey(key)).toThrow(RangeError);
  });
});

describe("deadlineOfPeriod", () => {
  it.each([
    ["day 20 of the month", fixed(20), "2026-12", "2026-12-20"],
    ["day 20 kept on a Sunday (the stated date)", fixed(20), "2026-09", "2026-09-20"],
    ["day 31 clamped in April", fixed(31), "2026-04", "2026-04-30"],
    ["day 31 clamped in a leap February", fixed(31), "2028-02", "2028-02-29"],
    ["day 30 clamped in a common February", fixed(30), "2027-02", "2027-02-28"],
    ["day 5 of the month after, across the year", fixed(5, true), "2026-12", "2027-01-05"],
    ["day 31 of the month after a January: February clamps", fixed(31, true), "2027-01", "2027-02-28"],
    ["day 10 of the month after the quarter", { ...fixed(10, true), frequency: "QUARTERLY" }, "2026-Q4", "2027-01-10"],
    ["day 15 of the quarter's last month", { ...fixed(15), frequency: "QUARTERLY" }, "2026-Q2", "2026-06-15"],
    ["day 31 of the year's last month", { ...fixed(31), frequency: "YEARLY" }, "2026", "2026-12-31"],
    ["Tết 2027 day kept as stated", fixed(5), "2027-02", "2027-02-05"],
    ["5 working days after Q4 2026, over 1/1/2027", working("QUARTERLY", 5), "2026-Q4", "2027-01-08"],
    ["5 working days after January 2027, over Tết (4–10/2)", working("MONTHLY", 5), "2027-01", "2027-02-12"],
    ["1 working day after January 2027: Monday 1/2", working("MONTHLY", 1), "2027-01", "2027-02-01"],
    ["counts the swapped Saturday 10/1/2026", working("MONTHLY", 6), "2025-12", "2026-01-10"],
    ["3 working days after Q1 2026", working("QUARTERLY", 3), "2026-Q1", "2026-04-03"],
    ["10 working days after 2026, over 1/1/2027", working("YEARLY", 10), "2026", "2027-01-15"],
  ] as const)("%s", (_, rule, key, expected) => {
    expect(deadlineOfPeriod(rule as TRecurrenceRule, periodFromKey(key), cal)).toBe(expected);
  });
});

describe("duePeriods", () => {
  const keys = (rule: TRecurrenceRule, today: string) => duePeriods(rule, today, cal).map((p) => p.key);
  it.each([
    ["nothing before the first period's lead time", monthly20, "2025-12-24", []],
    ["the first period 7 days ahead", monthly20, "2025-12-25", ["2026-01"]],
    ["the current one only, before the next's lead time", monthly20, "2026-03-10", ["2026-03"]],
    ["none after the 20th until the next lead time", monthly20, "2026-03-21", []],
    ["the next period 7 days before it starts", monthly20, "2026-03-25", ["2026-04"]],
    [
      "the previous period too while its next-month deadline is ahead",
      fixed(10, true),
      "2026-03-25",
      ["2026-03", "2026-04"],
    ],
    [
      "a quarter's instance 7 days ahead",
      { ...working("QUARTERLY", 5), startsOn: "2026-Q1" },
      "2026-06-24",
      ["2026-Q2", "2026-Q3"],
    ],
    ["leadDays 0: on the period's first day", { ...monthly20, leadDays: 0 }, "2026-04-01", ["2026-04"]],
    ["a late start skips periods already past due", { ...monthly20, startsOn: "2020-01" }, "2026-03-10", ["2026-03"]],
  ] as const)("%s", (_, rule, today, expected) => {
    expect(keys(rule as TRecurrenceRule, today)).toEqual(expected);
  });

  it("gives each due period its deadline", () => {
    expect(duePeriods(monthly20, "2026-03-10", cal)).toEqual([
      { key: "2026-03", start: "2026-03-01", end: "2026-03-31", createOn: "2026-02-22", deadline: "2026-03-20" },
    ]);
  });

  it.each([
    ["this month's when the 20th is ahead", "2026-03-10", "2026-03", "2026-03-20"],
    ["next month's once the 20th passed", "2026-03-21", "2026-04", "2026-04-20"],
    ["the first period before it starts", "2025-11-01", "2026-01", "2026-01-20"],
  ])("next due period: %s", (_, today, key, deadline) => {
    expect(nextDuePeriod(monthly20, today, cal)).toMatchObject({ key, deadline });
  });
});

describe("stepDeadlinesBefore", () => {
  it.each([
    ["last step due with the task", "2026-03-20", [3, 2], "2026-03-01", ["2026-03-18", "2026-03-20"]],
    [
      "earlier steps skip the weekend",
      "2026-03-23",
      [1, 1, 1],
      "2026-03-01",
      ["2026-03-19", "2026-03-20", "2026-03-23"],
    ],
    ["skips Tết 2027 backwards", "2027-02-12", [1, 2], "2027-01-01", ["2027-02-03", "2027-02-12"]],
    ["squeezes to today rather than the past", "2026-03-20", [5, 5], "2026-03-18", ["2026-03-18", "2026-03-20"]],
  ])("%s", (_, deadline, durations, today, expected) => {
    expect(stepDeadlinesBefore(deadline, durations, today, cal)).toEqual(expected);
  });
});

describe("describeRecurrence", () => {
  it.each([
    [fixed(20), "recurrences.rule.fixedDay.MONTHLY", { day: 20 }],
    [fixed(10, true), "recurrences.rule.fixedDayNext.MONTHLY", { day: 10 }],
    [working("QUARTERLY", 5), "recurrences.rule.workingDays.QUARTERLY", { days: 5 }],
  ])("words %o", (rule, key, values) => {
    expect(describeRecurrence(rule)).toEqual({ key, values });
  });
});

describe("periodLabel", () => {
  it.each([
    ["2026-12", "tháng 12/2026"],
    ["2026-Q4", "quý IV/2026"],
    ["2027-Q1", "quý I/2027"],
    ["2026", "năm 2026"],
  ])("words %s as %s", (key, words) => {
    expect(translate("vi", periodLabel(key))).toBe(words);
  });
});
