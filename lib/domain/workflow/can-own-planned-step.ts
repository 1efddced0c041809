import { msg } from "../../i18n/message";
import { isWithinUnit } from "../access/is-within-unit";
import type { TRulingWith } from "./ruling";
import type { TOwnerCandidate } from "./can-hand-step-to";

/**
 * Whether `owner` (null when the id named in the form matches no user) may be the accountable
 * person of a step of a new task led by the unit at `leadUnitPath`: an active person in the
 * lead unit or below it. Unlike a hand-over (canHandStepTo), each refusal says what is wrong,
 * shown against that step's owner field.
 */
export function canOwnPlannedStep(
  owner: Omit<TOwnerCandidate, "id"> | null,
  leadUnitPath: string,
): TRulingWith<"INVALID_INPUT"> {
  if (!owner) return { ok: false, code: "INVALID_INPUT", message: msg("errors.stepOwnerNotFound") };
  if (!owner.isActive) return { ok: false, code: "INVALID_INPUT", message: msg("errors.stepOwnerInactive") };
  if (!isWithinUnit(owner.unitPath, leadUnitPath))
    return { ok: false, code: "INVALID_INPUT", message: msg("errors.stepOwnerOutsideLeadUnit") };
  return { ok: true };
}
