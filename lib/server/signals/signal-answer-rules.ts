import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { isHeadOver, type TRuling } from "@/lib/domain/workflow/can-perform-step-action";

// Pure rules (no database), kept next to their only callers; they would sit well in lib/domain/signals.

export type TSignalForRules = {
  subjectUserId: string | null;
  unitPath: string;
  answerStatus: "UNANSWERED" | "ANSWERED" | "ACCEPTED" | "REJECTED";
};

/** Only the person concerned explains a signal (giải trình), until a head has accepted it. */
export function canAnswerSignal(actor: TActor, s: TSignalForRules): TRuling {
  if (s.subjectUserId !== actor.id) {
    return { ok: false, code: "FORBIDDEN", message: msg("domain.signalAnswers.onlySubject") };
  }
  if (s.answerStatus === "ACCEPTED") {
    return { ok: false, code: "INVALID_STATE", message: msg("domain.signalAnswers.alreadyAccepted") };
  }
  return { ok: true };
}

/**
 * A head of the signal's unit, or of a unit above it, rules on a pending answer; never on
 * one about themselves, which goes to the level above.
 */
export function canReviewSignalAnswer(actor: TActor, s: TSignalForRules): TRuling {
  if (!isHeadOver(actor, s.unitPath)) {
    return { ok: false, code: "FORBIDDEN", message: msg("domain.signalAnswers.onlyHead") };
  }
  if (s.subjectUserId === actor.id) {
    return { ok: false, code: "FORBIDDEN", message: msg("domain.signalAnswers.notOwn") };
  }
  if (s.answerStatus !== "ANSWERED") {
    return { ok: false, code: "INVALID_STATE", message: msg("domain.signalAnswers.nothingPending") };
  }
  return { ok: true };
}
