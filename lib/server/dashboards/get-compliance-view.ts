import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { candidatePeriod } from "./candidate-period";
import { findCommendationCandidates } from "./find-commendation-candidates";
import { findComplianceTable, type TComplianceQuery } from "./find-compliance-table";
import { findDirectiveOptions } from "./find-directive-options";
import { findPeopleNeedingAttention } from "./find-people-needing-attention";
import { findReviewCandidates } from "./find-review-candidates";

const PEOPLE_SHOWN = 30;

/**
 * The TCCB view of one level of the unit tree: the units side by side (access checked by
 * findComplianceTable), the people in it who most need attention, and the candidates for
 * review and for commendation with their criteria, all over the same filter.
 */
export async function getComplianceView(actor: TActor, query: TComplianceQuery, now: Date) {
  const table = await findComplianceTable(actor, query, now);
  const judged = candidatePeriod(table.filter.period, now);
  const candidateFilter = { ...table.filter, level: "step" as const, period: judged.period };
  const [people, review, commendation, directives] = await Promise.all([
    findPeopleNeedingAttention(table.filter, now, PEOPLE_SHOWN),
    findReviewCandidates(candidateFilter),
    findCommendationCandidates(candidateFilter, now),
    findDirectiveOptions(table.parent.path),
  ]);
  return {
    ...table,
    people,
    candidates: { period: judged.period, isDefaultPeriod: judged.isDefault, review, commendation },
    directives,
  };
}
