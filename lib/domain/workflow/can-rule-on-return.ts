import { msg } from "../../i18n/message";
import type { TActor } from "../access/roles";
import type { TRulingWith } from "./ruling";

/**
 * A head who returned their own step cannot judge that return: the head above them does. Asked
 * after canPerformStepAction(…, "rule", …), which has already checked that the actor is a head
 * over the step and that the step was returned.
 */
export function canRuleOnReturn(actor: Pick<TActor, "id">, step: { ownerId: string }): TRulingWith<"FORBIDDEN"> {
  if (step.ownerId === actor.id) return { ok: false, code: "FORBIDDEN", message: msg("errors.returnRuleOwn") };
  return { ok: true };
}
