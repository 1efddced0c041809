import { msg, type TMessage } from "../../i18n/message";
import type { TSignalKind } from "../signals/signal-kind";

/**
 * One criterion for proposing a review (kiểm điểm): at least `atLeast` distinct pieces of
 * work (a consultation, else a step, else a task) with a counting signal of one of `kinds`
 * in the period. `text` is shown with each candidate, so the rule is never hidden.
 */
export type TReviewRule = {
  id: string;
  kinds: readonly TSignalKind[];
  atLeast: number;
  text: TMessage;
};

/** The shipped criteria; a person meeting ANY one of them is a candidate. */
export const defaultReviewCriteria: readonly TReviewRule[] = [
  {
    id: "OVERDUE_NO_EXTENSION",
    kinds: ["OVERDUE_NO_EXTENSION"],
    atLeast: 2,
    text: msg("domain.rollups.reviewRule.OVERDUE_NO_EXTENSION"),
  },
  {
    id: "RETURN_OVERRULED",
    kinds: ["RETURN_OVERRULED"],
    atLeast: 1,
    text: msg("domain.rollups.reviewRule.RETURN_OVERRULED"),
  },
  {
    id: "CONSULTATION",
    kinds: ["CONSULTATION_LATE", "CONSULTATION_UNANSWERED", "CONSULTATION_VAGUE"],
    atLeast: 2,
    text: msg("domain.rollups.reviewRule.CONSULTATION"),
  },
  {
    id: "PING_PONG",
    kinds: ["PING_PONG"],
    atLeast: 2,
    text: msg("domain.rollups.reviewRule.PING_PONG"),
  },
  {
    id: "UNDECIDED",
    kinds: ["UNDECIDED"],
    atLeast: 2,
    text: msg("domain.rollups.reviewRule.UNDECIDED"),
  },
];
