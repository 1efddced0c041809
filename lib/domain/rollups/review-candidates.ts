import type { TMessage } from "../../i18n/message";
import { isInPeriod } from "./is-in-period";
import { defaultReviewCriteria, type TReviewRule } from "./review-criteria";
import type { TPeriod, TRollupSignal } from "./rollup-types";

export type TReviewReason = {
  ruleId: string;
  /** The criterion as written, shown beside the candidate (worded by the reader). */
  text: TMessage;
  /** Distinct pieces of work that matched. */
  count: number;
  signalKeys: string[];
};

export type TReviewCandidate = { userId: string; reasons: TReviewReason[] };

/**
 * People to propose for a review (kiểm điểm) over `period`: those meeting at least one
 * rule of `criteria`. Only signals counting against the person (not ACCEPTED), about a
 * person (subjectUserId set), with `since` in [from, to) are read. A rule counts distinct
 * pieces of work (consultationId, else stepId, else taskId), so a consultation answered
 * both late and vaguely counts once. Sorted by number of reasons (most first), then userId.
 */
export function reviewCandidates(
  signals: readonly TRollupSignal[],
  period: TPeriod,
  criteria: readonly TReviewRule[] = defaultReviewCriteria,
): TReviewCandidate[] {
  const byUser = new Map<string, TRollupSignal[]>();
  for (const s of signals) {
    if (s.subjectUserId == null || s.countsAgainstPerson === false || !isInPeriod(s.since, period)) continue;
    const list = byUser.get(s.subjectUserId) ?? [];
    list.push(s);
    byUser.set(s.subjectUserId, list);
  }
  const candidates: TReviewCandidate[] = [];
  for (const [userId, own] of byUser) {
    const reasons: TReviewReason[] = [];
    for (const rule of criteria) {
      const matched = own.filter((s) => rule.kinds.includes(s.kind));
      const count = new Set(matched.map((s) => s.consultationId ?? s.stepId ?? s.taskId)).size;
      if (count >= rule.atLeast) {
        reasons.push({ ruleId: rule.id, text: rule.text, count, signalKeys: matched.map((s) => s.key) });
      }
    }
    if (reasons.length > 0) candidates.push({ userId, reasons });
  }
  return candidates.sort((a, b) => b.reasons.length - a.reasons.length || (a.userId < b.userId ? -1 : 1));
}
