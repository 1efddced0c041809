import type { TReportClassification } from "./report-category-of";
import { eod, now } from "./rollup-test-fixtures";
import type { TRollupItem } from "./rollup-types";

const deadline = eod("2026-11-12");

/**
 * Items (changes to rollup-test-fixtures' `item`, a step due at the end of 12/11/2026, at its
 * `now`, 18/11/2026) and their report category: one table for reportCategoryOf (unit test) and
 * for the database function "report_category" with the triggers' "rollup_state"
 * (tests/integration/dashboards/report-category-sql.int.test.ts), so the two rules agree.
 */
export const reportCategoryOfCases: readonly (readonly [
  why: string,
  over: Partial<TRollupItem>,
  expected: TReportClassification,
])[] = [
  ["completed exactly at the deadline", { completedAt: deadline }, { category: "DONE_ON_TIME", workingDaysLate: null }],
  [
    "completed one millisecond late",
    { completedAt: new Date(deadline.getTime() + 1) },
    { category: "DONE_LATE", workingDaysLate: 1 },
  ],
  ["open, due later", { deadline: eod("2026-12-01") }, { category: "IN_TIME", workingDaysLate: null }],
  [
    "open, due tomorrow (due soon counts as in time)",
    { deadline: eod("2026-11-19") },
    { category: "IN_TIME", workingDaysLate: null },
  ],
  ["open, now is exactly the deadline", { deadline: now }, { category: "IN_TIME", workingDaysLate: null }],
  ["open, past the deadline", {}, { category: "OVERDUE", workingDaysLate: null }],
  [
    "extension approved after the original deadline passed, still open",
    { deadline: eod("2026-11-20"), originalDeadline: deadline },
    { category: "IN_TIME", workingDaysLate: null },
  ],
  [
    "completed after the original deadline but by the extended one",
    { deadline: eod("2026-11-20"), originalDeadline: deadline, completedAt: eod("2026-11-16") },
    { category: "DONE_ON_TIME", workingDaysLate: null },
  ],
];
