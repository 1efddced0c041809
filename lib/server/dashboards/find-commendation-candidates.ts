import "server-only";
import { msg } from "@/lib/i18n/message";
import {
  commendationCriteriaText,
  defaultCommendationCriteria,
  type TCommendationCandidate,
  type TCommendationCriteria,
  type TPeriod,
} from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import { commendationShortlist } from "./commendation-shortlist";
import { findCarriedOverduePeople } from "./find-carried-overdue-people";
import type { TRollupFilter } from "./rollup-filter";
import { rollUpInSql } from "./roll-up-in-sql";

export type TCommendationCandidateRow = TCommendationCandidate & {
  person: { id: string; name: string; unitName: string };
};

/**
 * Candidates for commendation (biểu dương) in the scope over `period`, by the criteria of
 * commendationCandidates, on aggregates computed in SQL: each person's roll-up for the
 * period (at least `minDoneOnTime` done on time, none late, none overdue, no signal counting
 * against them) and, outside the period, whether any of their steps due before it is
 * still open and overdue. Same order and criteria text as the pure function. Over a whole
 * year only the shortlist (commendationShortlist) is counted.
 */
export async function findCommendationCandidates(
  filter: TRollupFilter & { period: TPeriod },
  now: Date,
  criteria: TCommendationCriteria = defaultCommendationCriteria,
): Promise<TCommendationCandidateRow[]> {
  const shortlist = await commendationShortlist(filter, criteria);
  if (shortlist?.length === 0) return [];
  const stepFilter = { ...filter, level: "step" as const, ...(shortlist ? { personIds: shortlist } : {}) };
  const qualifying = (await rollUpInSql("person", stepFilter, now)).filter(
    (r) =>
      r.categories.DONE_ON_TIME >= criteria.minDoneOnTime &&
      r.categories.DONE_LATE === 0 &&
      r.categories.OVERDUE === 0 &&
      r.signalTotal === 0,
  );
  if (qualifying.length === 0) return [];
  // Only those who qualify in the period are asked about the work still overdue from before it.
  const carriedOverdue = await findCarriedOverduePeople(
    { ...stepFilter, personIds: qualifying.map((r) => r.key) },
    now,
  );
  const [done, allOnTime, noneOverdue, noSignals] = commendationCriteriaText(criteria);
  const candidates = qualifying
    .filter((r) => !carriedOverdue.has(r.key))
    .map((r) => ({
      userId: r.key,
      doneOnTime: r.categories.DONE_ON_TIME,
      criteria: [
        msg("domain.rollups.criterionWithCount", { criterion: done, count: r.categories.DONE_ON_TIME }),
        allOnTime,
        noneOverdue,
        noSignals,
      ],
    }))
    .sort((a, b) => b.doneOnTime - a.doneOnTime || (a.userId < b.userId ? -1 : 1));
  const users = await db.user.findMany({
    where: { id: { in: candidates.map((c) => c.userId) } },
    select: { id: true, name: true, unit: { select: { name: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, { id: u.id, name: u.name, unitName: u.unit.name }]));
  return candidates.filter((c) => byId.has(c.userId)).map((c) => ({ ...c, person: byId.get(c.userId)! }));
}
