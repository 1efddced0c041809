import type { TRole } from "./roles";

/**
 * The role a person is shown by, when they hold several: the sector-wide remit first, because
 * it is why they use the product (the deputy head of Vụ TCCB is also a unit head, but works
 * here as the sector's monitor), then the unit head, then staff.
 */
const PRECEDENCE: readonly TRole[] = ["TCCB_MONITOR", "INSPECTOR", "ADMIN", "UNIT_HEAD", "STAFF"];

export function primaryRole(roles: readonly TRole[]): TRole {
  return PRECEDENCE.find((r) => roles.includes(r)) ?? "STAFF";
}
