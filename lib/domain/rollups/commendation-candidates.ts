import { msg, type TMessage } from "../../i18n/message";
import type { TWorkCalendar } from "../calendar/work-calendar";
import { rollUp } from "./roll-up";
import {
  commendationCriteriaText,
  defaultCommendationCriteria,
  type TCommendationCriteria,
} from "./commendation-criteria";
import type { TPeriod, TRollupItem, TRollupSignal } from "./rollup-types";

export type TCommendationCandidate = {
  userId: string;
  doneOnTime: number;
  /** Every criterion met, as shown to the reader. */
  criteria: TMessage[];
};

/**
 * People to propose for commendation (biểu dương) over `period`, from rollUp by person
 * with that period (items by reportingInstant, signals by `since`, both in [from, to)).
 * A person qualifies when ALL hold: DONE_ON_TIME >= minDoneOnTime; DONE_LATE = 0;
 * OVERDUE = 0, and no item of theirs with a deadline before the period is still open and
 * overdue at `now`; no signal counting against them (an ACCEPTED answer does not count).
 * Sorted by doneOnTime (most first), then userId.
 */
export function commendationCandidates(
  items: readonly TRollupItem[],
  signals: readonly TRollupSignal[],
  period: TPeriod,
  cal: TWorkCalendar,
  now: Date,
  criteria: TCommendationCriteria = defaultCommendationCriteria,
): TCommendationCandidate[] {
  const carriedOverdue = new Set(
    items
      .filter(
        (i) =>
          i.personId &&
          !i.completedAt &&
          i.deadline.getTime() < period.from.getTime() &&
          now.getTime() > i.deadline.getTime(),
      )
      .map((i) => i.personId),
  );
  const [done, allOnTime, noneOverdue, noSignals] = commendationCriteriaText(criteria);
  return rollUp(items, signals, "person", cal, now, { period })
    .filter(
      (row) =>
        row.categories.DONE_ON_TIME >= criteria.minDoneOnTime &&
        row.categories.DONE_LATE === 0 &&
        row.categories.OVERDUE === 0 &&
        !carriedOverdue.has(row.key) &&
        row.signalTotal === 0,
    )
    .map((row) => ({
      userId: row.key,
      doneOnTime: row.categories.DONE_ON_TIME,
      criteria: [
        msg("domain.rollups.criterionWithCount", { criterion: done, count: row.categories.DONE_ON_TIME }),
        allOnTime,
        noneOverdue,
        noSignals,
      ],
    }))
    .sort((a, b) => b.doneOnTime - a.doneOnTime || (a.userId < b.userId ? -1 : 1));
}
