export type TRole = "STAFF" | "UNIT_HEAD" | "TCCB_MONITOR" | "INSPECTOR" | "ADMIN";
export type TPosition = "STAFF" | "DEPUTY_HEAD" | "HEAD";

/** The actor as the rules see it: who, in which unit (by materialised path), with which roles. */
export type TActor = {
  id: string;
  unitId: string;
  unitPath: string;
  roles: readonly TRole[];
  /**
   * The live delegations naming this actor as deputy, read on the server with the actor for
   * each request (lib/server/delegations/find-deputy-grants.ts); absent or empty otherwise.
   */
  deputyFor?: readonly TDeputyGrant[];
};

export type TDelegationScope = "STEPS" | "HEAD_DECISIONS";

/**
 * A live delegation as the rules see it (lib/domain/delegations): the deputy may act for
 * `principal` within `scope`. The principal is an actor of their own (unit, roles read fresh
 * with the deputy's request), without grants of their own: a deputy never passes on what was
 * delegated to them.
 */
export type TDeputyGrant = {
  delegationId: string;
  scope: TDelegationScope;
  principal: TActor;
  principalName: string;
  /** The last local day of the range, YYYY-MM-DD. */
  endsOn: string;
};

/** Roles whose remit is the whole sector rather than one branch of the unit tree. */
const SECTOR_WIDE: readonly TRole[] = ["TCCB_MONITOR", "INSPECTOR", "ADMIN"];

export function hasSectorWideView(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.some((r) => SECTOR_WIDE.includes(r));
}

export function isUnitHead(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.includes("UNIT_HEAD");
}
