import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { Prisma } from "@/lib/server/db/prisma";
import { db } from "@/lib/server/db/prisma";

const personRef = { select: { id: true, name: true } } as const;
export const delegationSelect = {
  id: true,
  scope: true,
  startsOn: true,
  endsOn: true,
  reason: true,
  createdAt: true,
  revokedAt: true,
  principal: personRef,
  deputy: personRef,
  createdBy: personRef,
} as const;

export type TDelegationFilter = { personId?: string; includeRevoked?: boolean; limit?: number };

/**
 * Delegations the actor may see: those they gave or hold; an administrator sees everyone's,
 * narrowed to one person (as principal or deputy) with `personId`. Newest range first.
 */
export async function findDelegations(actor: TActor, filter: TDelegationFilter = {}) {
  const isAdmin = actor.roles.includes("ADMIN");
  const mine: Prisma.DelegationWhereInput = { OR: [{ principalId: actor.id }, { deputyId: actor.id }] };
  const person: Prisma.DelegationWhereInput | null = filter.personId
    ? { OR: [{ principalId: filter.personId }, { deputyId: filter.personId }] }
    : null;
  const where: Prisma.DelegationWhereInput = {
    AND: [isAdmin ? {} : mine, person ?? {}, filter.includeRevoked === false ? { revokedAt: null } : {}],
  };
  return db.delegation.findMany({
    where,
    select: delegationSelect,
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: filter.limit ?? 200,
  });
}
