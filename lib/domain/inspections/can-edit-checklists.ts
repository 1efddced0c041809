import type { TActor } from "../access/roles";

/** The checklists are the sector's: admins and TCCB (which leads the inspections of 1251) edit them. */
export function canEditChecklists(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.includes("ADMIN") || actor.roles.includes("TCCB_MONITOR");
}
