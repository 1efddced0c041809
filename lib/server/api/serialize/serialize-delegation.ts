import "server-only";
import { localDateOf } from "@/lib/domain/calendar";
import { delegationStatus } from "@/lib/domain/delegations/delegation-status";
import type { z } from "zod";
import type { ZApiDelegation } from "@/lib/schemas/api/delegations";
import { dayOf } from "@/lib/server/delegations/find-deputy-grants";

type TFound = {
  id: string;
  scope: "STEPS" | "HEAD_DECISIONS";
  startsOn: Date;
  endsOn: Date;
  reason: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  principal: { id: string; name: string };
  deputy: { id: string; name: string };
  createdBy: { id: string; name: string };
};

export function serializeDelegation(d: TFound, now: Date): z.input<typeof ZApiDelegation> {
  const range = { startsOn: dayOf(d.startsOn), endsOn: dayOf(d.endsOn) };
  return {
    id: d.id,
    principal: d.principal,
    deputy: d.deputy,
    scope: d.scope,
    ...range,
    status: delegationStatus({ ...range, revokedAt: d.revokedAt }, localDateOf(now)),
    reason: d.reason,
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
    revokedAt: d.revokedAt?.toISOString() ?? null,
  };
}
