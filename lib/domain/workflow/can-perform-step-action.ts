import { msg } from "../../i18n/message";
import { isWithinUnit } from "../access/is-within-unit";
import { isUnitHead, type TActor } from "../access/roles";
import type { TRulingWith } from "./ruling";
import {
  ALLOWED_FROM,
  HEAD_ACTIONS,
  OVERDUE_EXTENSION_MESSAGE,
  OWNER_ACTIONS,
  OWNER_ESCALATE_FROM,
  type TStepAction,
  type TStepStatus,
} from "./step-action";

export type TStepForRules = { ownerId: string; unitPath: string; status: TStepStatus; deadline: Date };
export type TRuling = TRulingWith<"FORBIDDEN" | "INVALID_STATE">;
/** Yes, naming the principal when the actor may act only as their deputy (null: in their own right). */
export type TStepRuling = { ok: true; onBehalfOf: TActor | null } | Extract<TRuling, { ok: false }>;

/** "đang được xử lý": what the step is doing, after "khâu này". */
const stateOf = (status: TStepStatus) => msg(`domain.stepState.${status}`);

/** A head may decide for steps in their own unit and in every unit below it. */
export function isHeadOver(actor: TActor, unitPath: string): boolean {
  return isUnitHead(actor) && isWithinUnit(unitPath, actor.unitPath);
}

function isOverdue(step: TStepForRules, now: Date): boolean {
  return now.getTime() > step.deadline.getTime();
}

/**
 * Whether `actor` may take `action` on `step` at `now`: who (owner or head) first, then the
 * step's state. The server calls this inside the transaction, on the row it is about to write.
 * When the actor may not in their own right, a live delegation may let them act for its
 * principal: the principal is then held to the same rule (a steps delegation as the owner
 * only, never with the principal's powers as head), and the answer names them.
 */
export function canPerformStepAction(actor: TActor, step: TStepForRules, action: TStepAction, now: Date): TStepRuling {
  const own = canPerformAsSelf(actor, step, action, now);
  if (own.ok) return { ok: true, onBehalfOf: null };
  if (own.code !== "FORBIDDEN") return own;
  for (const grant of actor.deputyFor ?? []) {
    const principal =
      grant.scope === "HEAD_DECISIONS"
        ? grant.principal
        : { ...grant.principal, roles: grant.principal.roles.filter((r) => r !== "UNIT_HEAD") };
    const asPrincipal = canPerformAsSelf(principal, step, action, now);
    if (asPrincipal.ok) return { ok: true, onBehalfOf: principal };
    if (asPrincipal.code !== "FORBIDDEN") return asPrincipal;
  }
  return own;
}

function canPerformAsSelf(actor: TActor, step: TStepForRules, action: TStepAction, now: Date): TRuling {
  const label = msg(`enums.stepAction.${action}`);
  const isOwner = step.ownerId === actor.id;
  const isHead = isHeadOver(actor, step.unitPath);
  if (OWNER_ACTIONS.includes(action) && !isOwner) {
    return { ok: false, code: "FORBIDDEN", message: msg("domain.workflow.ownerOnly", { action: label }) };
  }
  if (HEAD_ACTIONS.includes(action) && !isHead) {
    return { ok: false, code: "FORBIDDEN", message: msg("domain.workflow.headOnly", { action: label }) };
  }
  if (action === "escalate" && !isOwner && !isHead) {
    return { ok: false, code: "FORBIDDEN", message: msg("domain.workflow.escalateWho") };
  }
  if (!ALLOWED_FROM[action].includes(step.status)) {
    return {
      ok: false,
      code: "INVALID_STATE",
      message: msg("domain.workflow.invalidState", { action: label, state: stateOf(step.status) }),
    };
  }
  if (action === "escalate" && !isHead && !OWNER_ESCALATE_FROM.includes(step.status)) {
    return {
      ok: false,
      code: "INVALID_STATE",
      message: msg("domain.workflow.escalateNotStarted", { state: stateOf(step.status) }),
    };
  }
  if (action === "request-extension" && isOverdue(step, now)) {
    return { ok: false, code: "INVALID_STATE", message: OVERDUE_EXTENSION_MESSAGE };
  }
  return { ok: true };
}
