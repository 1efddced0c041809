import { msg, type TMessage, type TMessageKey } from "../../i18n/message";
import { isWithinUnit } from "../access/is-within-unit";
import { isUnitHead, type TActor } from "../access/roles";
import type { TDelegationScope } from "./deputy-grant";

/** Local days (YYYY-MM-DD, Asia/Ho_Chi_Minh), both ends included. */
export type TDayRange = { startsOn: string; endsOn: string };

export type TDelegationDraft = TDayRange & {
  scope: TDelegationScope;
  principal: Pick<TActor, "id" | "unitPath" | "roles"> & { isActive: boolean };
  deputy: { id: string; unitPath: string; isActive: boolean };
};

export type TDelegationField = "deputyId" | "scope" | "startsOn" | "endsOn";
export type TDelegationRuling =
  { ok: true } | { ok: false; code: "INVALID_INPUT" | "CONFLICT"; field: TDelegationField; message: TMessage };

export function rangesOverlap(a: TDayRange, b: TDayRange): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

function refuse(field: TDelegationField, key: TMessageKey, code: "INVALID_INPUT" | "CONFLICT" = "INVALID_INPUT") {
  return { ok: false, code, field, message: msg(key) } as const;
}

/**
 * Whether a new delegation may be made, given the principal's live delegations (`others`) and
 * the local day `today`. Head decisions can only be given by a head, and only to someone in the
 * head's unit or below it: a ruling on a return or an extension is about that tree's people and
 * work, and the deputy must be someone the tree answers to (a cấp phó or an officer of the unit),
 * not a person from another branch who would otherwise gain a say over it.
 */
export function checkDelegation(d: TDelegationDraft, others: readonly TDayRange[], today: string): TDelegationRuling {
  if (d.deputy.id === d.principal.id) return refuse("deputyId", "errors.delegationSelf");
  if (!d.deputy.isActive) return refuse("deputyId", "errors.delegationDeputyInactive");
  if (!d.principal.isActive) return refuse("deputyId", "errors.delegationPrincipalInactive");
  if (d.endsOn < d.startsOn) return refuse("endsOn", "errors.delegationEndBeforeStart");
  if (d.endsOn < today) return refuse("endsOn", "errors.delegationEndsInPast");
  if (d.scope === "HEAD_DECISIONS") {
    if (!isUnitHead(d.principal)) return refuse("scope", "errors.delegationHeadOnly");
    if (!isWithinUnit(d.deputy.unitPath, d.principal.unitPath))
      return refuse("deputyId", "errors.delegationHeadOutsideTree");
  }
  if (others.some((o) => rangesOverlap(o, d))) return refuse("startsOn", "errors.delegationOverlap", "CONFLICT");
  return { ok: true };
}
