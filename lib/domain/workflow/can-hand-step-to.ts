import { msg } from "../../i18n/message";
import { isWithinUnit } from "../access/is-within-unit";
import type { TActor } from "../access/roles";
import type { TRulingWith } from "./ruling";

/** The person a step would go to, as the database has them now (never as the form offered them). */
export type TOwnerCandidate = { id: string; isActive: boolean; unitPath: string };

/**
 * Whether a head may hand a step (a reassignment, or an upheld return) to `newOwner`, the user
 * whose id is `newOwnerId` (null when there is no such user): someone must be named, not the
 * person who holds the step now, and an active person in the head's own unit or below it.
 * Unknown, inactive and out-of-tree people are refused with the same sentence. Task creation
 * checks its step owners against the lead unit instead (canOwnPlannedStep).
 */
export function canHandStepTo(
  head: Pick<TActor, "unitPath">,
  currentOwnerId: string,
  newOwnerId: string | undefined,
  newOwner: TOwnerCandidate | null,
): TRulingWith<"INVALID_INPUT"> {
  if (!newOwnerId) return { ok: false, code: "INVALID_INPUT", message: msg("errors.newOwnerMissing") };
  if (newOwnerId === currentOwnerId)
    return { ok: false, code: "INVALID_INPUT", message: msg("errors.newOwnerSameAsCurrent") };
  if (
    !newOwner ||
    newOwner.id !== newOwnerId ||
    !newOwner.isActive ||
    !isWithinUnit(newOwner.unitPath, head.unitPath)
  ) {
    return { ok: false, code: "INVALID_INPUT", message: msg("errors.newOwnerOutsideUnit") };
  }
  return { ok: true };
}
