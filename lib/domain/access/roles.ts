export type TRole = "STAFF" | "UNIT_HEAD" | "TCCB_MONITOR" | "INSPECTOR" | "ADMIN";
export type TPosition = "STAFF" | "DEPUTY_HEAD" | "HEAD";

/** The actor as the rules see it: who, in which unit (by materialised path), with which roles. */
export type TActor = {
  id: string;
  unitId: string;
  unitPath: string;
  roles: readonly TRole[];
};

/** Roles whose remit is the whole sector rather than one branch of the unit tree. */
const SECTOR_WIDE: readonly TRole[] = ["TCCB_MONITOR", "INSPECTOR", "ADMIN"];

export function hasSectorWideView(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.some((r) => SECTOR_WIDE.includes(r));
}

export function isUnitHead(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.includes("UNIT_HEAD");
}
