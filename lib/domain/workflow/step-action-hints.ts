import type { TMessage } from "../../i18n/message";
import type { TActor } from "../access/roles";
import { canPerformStepAction, type TStepForRules } from "./can-perform-step-action";
import { ALLOWED_FROM, type TStepAction } from "./step-action";

export type TStepActionHint = { action: TStepAction; message: TMessage };

/**
 * The actions a person would expect on `step` but may not take at `now`, with why and what to
 * do instead, so that a missing button is never silent. Today: the owner's extension request on
 * an overdue step (DOMAIN: an extension is asked for before the deadline).
 */
export function stepActionHints(actor: TActor, step: TStepForRules, now: Date): TStepActionHint[] {
  const hints: TStepActionHint[] = [];
  const isOwnersOpenStep = step.ownerId === actor.id && ALLOWED_FROM["request-extension"].includes(step.status);
  const extension = canPerformStepAction(actor, step, "request-extension", now);
  if (isOwnersOpenStep && !extension.ok) hints.push({ action: "request-extension", message: extension.message });
  return hints;
}
