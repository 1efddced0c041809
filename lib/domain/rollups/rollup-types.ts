import type { TSignal } from "../signals/signal";
import type { TSignalKind } from "../signals/signal-kind";
import type { TReportCategory } from "./report-category";

/** A step (or a task) as the roll-ups count it. */
export type TRollupItem = {
  id: string;
  /** The item's task (a task's own id when the item is a task). */
  taskId: string;
  directiveId: string;
  /** The accountable person (a step's owner); null for a task, which no 'person' group counts. */
  personId: string | null;
  unitId: string;
  /** Materialised path of `unitId`, "/root/…/unit/". */
  unitPath: string;
  /** Current deadline, after approved extensions: it decides the category. */
  deadline: Date;
  /** The deadline first set, kept for reporting. */
  originalDeadline: Date;
  completedAt: Date | null;
};

/** What the roll-ups read from a signal; `countsAgainstPerson` comes from applyAnswers (absent = counts). */
export type TRollupSignal = Pick<
  TSignal,
  "key" | "kind" | "subjectUserId" | "unitId" | "taskId" | "stepId" | "consultationId" | "since"
> & { countsAgainstPerson?: boolean };

/** A half-open period [from, to). */
export type TPeriod = { from: Date; to: Date };

export type TRollupBy = "person" | "unit" | "directive" | "month";

/** One group's counts (rollUp, and the same from SQL). */
export type TRollupRow = {
  /** personId, unitId, directiveId or 'YYYY-MM'. */
  key: string;
  total: number;
  categories: Record<TReportCategory, number>;
  /** Signals that count against the person (not ACCEPTED), by kind. */
  signals: Record<TSignalKind, number>;
  signalTotal: number;
  /** DONE_ON_TIME / (DONE_ON_TIME + DONE_LATE); null when nothing is done. */
  onTimeRate: number | null;
  /** Mean working days late over the DONE_LATE items; null when there are none. */
  averageWorkingDaysLate: number | null;
  /** Items whose current deadline is later than the original one. */
  extended: number;
  /** Completed after the original deadline but by the extended one (so DONE_ON_TIME). */
  doneWithinExtension: number;
};
