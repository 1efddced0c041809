import { hasSectorWideView, isUnitHead, type TActor } from "./roles";

/** The first screen after sign-in: sector-wide roles see the units, heads their unit, staff their own work. */
export function homePathFor(actor: Pick<TActor, "roles">): string {
  if (hasSectorWideView(actor)) return "/units";
  if (isUnitHead(actor)) return "/unit";
  return "/my-work";
}
