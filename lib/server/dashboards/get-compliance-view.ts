import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { candidatePeriod } from "./candidate-period";
import { findCommendationCandidates } from "./find-commendation-candidates";
import { complianceFilter, findComplianceTable, type TComplianceQuery } from "./find-compliance-table";
import { findDirectiveOptions } from "./find-directive-options";
import { getComplianceParentOrThrow } from "./get-compliance-parent-or-throw";
import { findPeopleNeedingAttention } from "./find-people-needing-attention";
import { findReviewCandidates } from "./find-review-candidates";

const PEOPLE_SHOWN = 30;

/**
 * The TCCB view of one level of the unit tree: the units side by side (access checked by
 * getComplianceParentOrThrow), the people in it who most need attention, and the candidates
 * for review and for commendation with their criteria, all over the same filter. Everything
 * after the parent is read at once: on two cores the table's and the candidates' statements
 * fill each other's gaps, where one after the other they would add up.
 */
export async function getComplianceView(actor: TActor, query: TComplianceQuery, now: Date) {
  const parent = await getComplianceParentOrThrow(actor, query.unit);
  const filter = complianceFilter(parent.path, query);
  const judged = candidatePeriod(filter.period, now);
  const candidateFilter = { ...filter, level: "step" as const, period: judged.period };
  const [table, people, review, commendation, directives] = await Promise.all([
    findComplianceTable(actor, query, now, parent),
    findPeopleNeedingAttention(filter, now, PEOPLE_SHOWN),
    findReviewCandidates(candidateFilter),
    findCommendationCandidates(candidateFilter, now),
    findDirectiveOptions(parent.path),
  ]);
  return {
    ...table,
    people,
    candidates: { period: judged.period, isDefaultPeriod: judged.isDefault, review, commendation },
    directives,
  };
}
