import "server-only";
import { localDateOf } from "@/lib/domain/calendar";
import type { TRole } from "@/lib/domain/access/roles";
import type { TDeputyGrant } from "@/lib/domain/delegations/deputy-grant";
import type { Prisma } from "@/lib/server/db/prisma";
import { db } from "@/lib/server/db/prisma";

/** A local day as the Date a `@db.Date` column compares with. */
export const dayValue = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayOf = (value: Date) => value.toISOString().slice(0, 10);

/**
 * The delegations `deputyId` may act under at `now`: not revoked, today (Asia/Ho_Chi_Minh)
 * within their range, the principal still active. Read with the actor on every request and
 * inside no cache, so a revocation or the end of a range takes effect on the next request.
 */
export async function findDeputyGrants(
  deputyId: string,
  now: Date,
  client: Prisma.TransactionClient = db,
): Promise<TDeputyGrant[]> {
  const today = dayValue(localDateOf(now));
  const rows = await client.delegation.findMany({
    where: {
      deputyId,
      revokedAt: null,
      startsOn: { lte: today },
      endsOn: { gte: today },
      principal: { isActive: true },
    },
    select: {
      id: true,
      scope: true,
      endsOn: true,
      principal: { select: { id: true, name: true, unitId: true, roles: true, unit: { select: { path: true } } } },
    },
    orderBy: { startsOn: "asc" },
  });
  return rows.map((r) => ({
    delegationId: r.id,
    scope: r.scope,
    endsOn: dayOf(r.endsOn),
    principalName: r.principal.name,
    principal: {
      id: r.principal.id,
      unitId: r.principal.unitId,
      unitPath: r.principal.unit.path,
      roles: r.principal.roles as TRole[],
    },
  }));
}
