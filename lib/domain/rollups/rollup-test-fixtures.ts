import { buildCalendar } from "../calendar/build-calendar";
import { defaultHolidays } from "../calendar/default-holidays";
import { endOfLocalDay } from "../calendar/end-of-local-day";
import type { TRollupItem, TRollupSignal } from "./rollup-types";

/** Shared test data for the roll-up tests (not a test file itself). */
export const cal = buildCalendar(defaultHolidays);
export const eod = endOfLocalDay;
export const hn = (local: string) => new Date(`${local}:00+07:00`);
/** Wednesday 18/11/2026, 10:00 in Hà Nội. */
export const now = hn("2026-11-18T10:00");
export const november = { from: hn("2026-11-01T00:00"), to: hn("2026-12-01T00:00") };

let n = 0;
/** A step of Lan's in BHXH quận Đống Đa, due at the end of Thursday 12/11/2026, still open. */
export const item = (over: Partial<TRollupItem> = {}): TRollupItem => ({
  id: `i${++n}`,
  taskId: "t1",
  directiveId: "d1",
  personId: "lan",
  unitId: "dd",
  unitPath: "/vn/hn/dd/",
  deadline: eod("2026-11-12"),
  originalDeadline: eod("2026-11-12"),
  completedAt: null,
  ...over,
});

export const signal = (over: Partial<TRollupSignal> = {}): TRollupSignal => ({
  key: `OVERDUE_NO_EXTENSION:s${++n}:0`,
  kind: "OVERDUE_NO_EXTENSION",
  subjectUserId: "lan",
  unitId: "dd",
  taskId: "t1",
  stepId: `s${n}`,
  consultationId: null,
  since: hn("2026-11-13T00:00"),
  ...over,
});
