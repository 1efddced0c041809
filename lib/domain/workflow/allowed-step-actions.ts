import type { TActor } from "../access/roles";
import { canPerformStepAction, type TStepForRules } from "./can-perform-step-action";
import { ALLOWED_FROM, type TStepAction } from "./step-action";

/** Every action `actor` may take on `step` at `now`, for showing only the buttons that will work. */
export function allowedStepActions(actor: TActor, step: TStepForRules, now: Date): TStepAction[] {
  return (Object.keys(ALLOWED_FROM) as TStepAction[]).filter((a) => canPerformStepAction(actor, step, a, now).ok);
}
