import { describe, expect, it } from "vitest";
import { buildCalendar } from "../calendar/build-calendar";
import { defaultHolidays } from "../calendar/default-holidays";
import { endOfLocalDay } from "../calendar/end-of-local-day";
import { classifyItem } from "./classify-item";
import type { TClassification } from "./classify-item";

const cal = buildCalendar(defaultHolidays);
const policy = { dueSoonWorkingDays: 2 };
const at = (iso: string) => new Date(iso);
const plusMs = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** Tuesday 3/3/2026, 10:00 in Hà Nội. */
const tuesday = at("2026-03-03T10:00:00+07:00");

describe("classifyItem for open items", () => {
  it.each<[string, Date, Date, TClassification]>([
    [
      "more than the due-soon window left",
      endOfLocalDay("2026-03-06"),
      tuesday,
      { category: "IN_TIME", workingDaysLeft: 3, isExtended: false },
    ],
    [
      "exactly the due-soon window left",
      endOfLocalDay("2026-03-05"),
      tuesday,
      { category: "DUE_SOON", workingDaysLeft: 2, isExtended: false },
    ],
    [
      "due at the end of today",
      endOfLocalDay("2026-03-03"),
      tuesday,
      { category: "DUE_SOON", workingDaysLeft: 0, isExtended: false },
    ],
    [
      "due later today at an arbitrary hour",
      at("2026-03-03T15:00:00+07:00"),
      tuesday,
      { category: "DUE_SOON", workingDaysLeft: 0, isExtended: false },
    ],
    ["now is exactly the deadline", tuesday, tuesday, { category: "DUE_SOON", workingDaysLeft: 0, isExtended: false }],
    [
      "on a Saturday, due on Wednesday",
      endOfLocalDay("2026-03-11"),
      at("2026-03-07T10:00:00+07:00"),
      { category: "IN_TIME", workingDaysLeft: 3, isExtended: false },
    ],
    [
      "before Tết, due on the first day back",
      endOfLocalDay("2026-02-23"),
      at("2026-02-13T10:00:00+07:00"),
      { category: "DUE_SOON", workingDaysLeft: 1, isExtended: false },
    ],
    [
      "due yesterday",
      endOfLocalDay("2026-03-02"),
      tuesday,
      { category: "OVERDUE", workingDaysOverdue: 1, isExtended: false },
    ],
    [
      "one millisecond past the deadline",
      plusMs(tuesday, -1),
      tuesday,
      { category: "OVERDUE", workingDaysOverdue: 0, isExtended: false },
    ],
    [
      "past a Friday deadline, seen on Saturday",
      endOfLocalDay("2026-03-06"),
      at("2026-03-07T10:00:00+07:00"),
      { category: "OVERDUE", workingDaysOverdue: 0, isExtended: false },
    ],
    [
      "due before Tết, seen after it",
      endOfLocalDay("2026-02-13"),
      at("2026-02-24T10:00:00+07:00"),
      { category: "OVERDUE", workingDaysOverdue: 2, isExtended: false },
    ],
  ])("%s", (_why, deadline, now, expected) => {
    expect(classifyItem({ deadline, completedAt: null }, cal, policy, now)).toEqual(expected);
  });

  it.each([
    [0, "IN_TIME"],
    [1, "DUE_SOON"],
  ])("with a due-soon window of %i, one working day left is %s", (dueSoonWorkingDays, category) => {
    const item = { deadline: endOfLocalDay("2026-03-04"), completedAt: null };
    expect(classifyItem(item, cal, { dueSoonWorkingDays }, tuesday).category).toBe(category);
  });
});

describe("classifyItem for completed items", () => {
  const deadline = endOfLocalDay("2026-03-06"); // Friday
  it.each<[string, Date, TClassification]>([
    ["completed exactly at the deadline", deadline, { category: "DONE_ON_TIME", isExtended: false }],
    ["completed days early", at("2026-03-02T09:00:00+07:00"), { category: "DONE_ON_TIME", isExtended: false }],
    [
      "completed one millisecond late",
      plusMs(deadline, 1),
      { category: "DONE_LATE", workingDaysLate: 0, isExtended: false },
    ],
    [
      "completed on the following Monday",
      at("2026-03-09T08:00:00+07:00"),
      { category: "DONE_LATE", workingDaysLate: 1, isExtended: false },
    ],
    [
      "completed on Tuesday",
      at("2026-03-10T08:00:00+07:00"),
      { category: "DONE_LATE", workingDaysLate: 2, isExtended: false },
    ],
  ])("%s", (_why, completedAt, expected) => {
    // `now` is long after everything: a completed item's category no longer depends on it.
    const now = at("2026-12-31T10:00:00+07:00");
    expect(classifyItem({ deadline, completedAt }, cal, policy, now)).toEqual(expected);
  });

  it("counts lateness in working days across Tết", () => {
    const item = { deadline: endOfLocalDay("2026-02-13"), completedAt: at("2026-02-23T09:00:00+07:00") };
    expect(classifyItem(item, cal, policy, tuesday)).toEqual({
      category: "DONE_LATE",
      workingDaysLate: 1,
      isExtended: false,
    });
  });
});

describe("classifyItem with extensions", () => {
  const originalDeadline = endOfLocalDay("2026-03-02");
  const extended = endOfLocalDay("2026-03-09");

  it("judges against the extended deadline and flags the extension", () => {
    const item = { deadline: extended, originalDeadline, completedAt: at("2026-03-05T10:00:00+07:00") };
    expect(classifyItem(item, cal, policy, tuesday)).toEqual({ category: "DONE_ON_TIME", isExtended: true });
  });

  it("keeps an open extended item in time even though the original deadline passed", () => {
    const item = { deadline: extended, originalDeadline, completedAt: null };
    expect(classifyItem(item, cal, policy, tuesday)).toEqual({
      category: "IN_TIME",
      workingDaysLeft: 4,
      isExtended: true,
    });
  });

  it.each([[undefined], [null], [endOfLocalDay("2026-03-09")]])(
    "is not extended when the original deadline is %s",
    (original) => {
      const item = { deadline: extended, originalDeadline: original, completedAt: null };
      expect(classifyItem(item, cal, policy, tuesday).isExtended).toBe(false);
    },
  );
});

describe("classifyItem policy", () => {
  it.each([[-1], [0.5], [Number.NaN]])("rejects a due-soon window of %s", (dueSoonWorkingDays) => {
    const item = { deadline: endOfLocalDay("2026-03-06"), completedAt: null };
    expect(() => classifyItem(item, cal, { dueSoonWorkingDays }, tuesday)).toThrow(RangeError);
  });
});
