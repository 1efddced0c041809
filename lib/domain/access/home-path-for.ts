import { hasSectorWideView, isUnitHead, type TActor } from "./roles";

/**
 * The first screen after sign-in: sector-wide roles the compliance view (every unit side by
 * side, each one a link to drill down), heads their unit, staff their own work.
 */
export function homePathFor(actor: Pick<TActor, "roles">): string {
  if (hasSectorWideView(actor)) return "/compliance";
  if (isUnitHead(actor)) return "/unit";
  return "/my-work";
}
