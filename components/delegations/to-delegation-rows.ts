import { delegationStatus } from "@/lib/domain/delegations/delegation-status";
import { formatDate, formatLocalDate } from "@/lib/domain/format";
import type { TDelegationRow } from "./delegation-table";

type TFound = {
  id: string;
  scope: "STEPS" | "HEAD_DECISIONS";
  startsOn: Date;
  endsOn: Date;
  reason: string | null;
  revokedAt: Date | null;
  principal: { id: string; name: string };
  deputy: { id: string; name: string };
  createdBy: { name: string };
};

const day = (d: Date) => d.toISOString().slice(0, 10);
// A @db.Date column comes back as midnight UTC: that calendar day is the local day itself.
const shown = (d: Date) => formatLocalDate(day(d));

/**
 * The table's rows. Revoking is offered on what has not ended, to the principal, the deputy
 * (who may give it up) and an administrator; the server checks the same (revokeDelegation).
 */
export function toDelegationRows(
  found: TFound[],
  viewer: { id: string; isAdmin: boolean },
  today: string,
): TDelegationRow[] {
  return found.map((d) => {
    const kind = delegationStatus({ startsOn: day(d.startsOn), endsOn: day(d.endsOn), revokedAt: d.revokedAt }, today);
    return {
      id: d.id,
      principalName: d.principal.name,
      deputyName: d.deputy.name,
      scope: d.scope,
      from: shown(d.startsOn),
      to: shown(d.endsOn),
      status: kind === "revoked" ? { kind, date: formatDate(d.revokedAt!) } : { kind },
      createdByName: d.createdBy.name,
      reason: d.reason,
      canRevoke:
        (kind === "live" || kind === "upcoming") &&
        (viewer.isAdmin || viewer.id === d.principal.id || viewer.id === d.deputy.id),
    };
  });
}
