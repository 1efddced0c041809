import { msg, type TMessage } from "../../i18n/message";

/** What it takes to be proposed for commendation (biểu dương); see commendationCandidates. */
export type TCommendationCriteria = { minDoneOnTime: number };

export const defaultCommendationCriteria: TCommendationCriteria = { minDoneOnTime: 5 };

/** The criteria as text, in the order they are checked. */
export function commendationCriteriaText(criteria: TCommendationCriteria): TMessage[] {
  return [
    msg("domain.rollups.commendationMinDone", { min: criteria.minDoneOnTime }),
    msg("domain.rollups.commendationAllOnTime"),
    msg("domain.rollups.commendationNoneOverdue"),
    msg("domain.rollups.commendationNoSignals"),
  ];
}
