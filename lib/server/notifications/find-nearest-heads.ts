import "server-only";
import { nearestHeads } from "@/lib/domain/notifications/nearest-heads";
import type { Prisma } from "@/lib/server/db/prisma";

type TTx = Prisma.TransactionClient;

/**
 * The active heads who rule for a unit (nearestHeads): two indexed reads, the unit's path and
 * the people along it. `unit` names the unit or a step whose unit it is.
 */
export async function findNearestHeads(
  tx: TTx,
  unit: { unitId: string } | { stepId: string },
  actorId: string | null,
): Promise<string[]> {
  const where = "unitId" in unit ? { id: unit.unitId } : { steps: { some: { id: unit.stepId } } };
  const row = await tx.unit.findFirst({ where, select: { path: true } });
  if (!row) return [];
  const pathIds = row.path.split("/").filter(Boolean);
  // The roles are filtered here, not in SQL: an enum-array `has` fails on the PGlite adapter,
  // and the active people of one path's units are a handful of rows from User's unitId index.
  const people = await tx.user.findMany({
    where: { unitId: { in: pathIds }, isActive: true },
    select: { id: true, unitId: true, roles: true },
  });
  return nearestHeads(
    people.filter((p) => p.roles.includes("UNIT_HEAD")),
    pathIds,
    actorId,
  );
}
