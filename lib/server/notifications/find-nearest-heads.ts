import "server-only";
import { nearestHeads } from "@/lib/domain/notifications/nearest-heads";
import type { Prisma } from "@/lib/server/db/prisma";

type TTx = Prisma.TransactionClient;
type TRow = { path: string; id: string | null; unitId: string | null };

/**
 * The active heads who rule for a unit (nearestHeads), named directly or as a step's unit: one
 * round trip, the unit's path and the heads of every unit on it, read through User's unitId
 * index. (Roles are compared as text: an enum-array filter through Prisma fails on PGlite.)
 */
export async function findNearestHeads(
  tx: TTx,
  unit: { unitId: string } | { stepId: string },
  actorId: string | null,
): Promise<string[]> {
  const rows =
    "unitId" in unit
      ? await tx.$queryRaw<TRow[]>`
          SELECT x."path", u."id", u."unitId" FROM "Unit" x
          LEFT JOIN "User" u ON u."unitId" = ANY (string_to_array(trim(both '/' from x."path"), '/'))
                            AND u."isActive" AND 'UNIT_HEAD' = ANY (u."roles"::text[])
          WHERE x."id" = ${unit.unitId}`
      : await tx.$queryRaw<TRow[]>`
          SELECT x."path", u."id", u."unitId" FROM "TaskStep" s JOIN "Unit" x ON x."id" = s."unitId"
          LEFT JOIN "User" u ON u."unitId" = ANY (string_to_array(trim(both '/' from x."path"), '/'))
                            AND u."isActive" AND 'UNIT_HEAD' = ANY (u."roles"::text[])
          WHERE s."id" = ${unit.stepId}`;
  if (rows.length === 0) return [];
  const heads = rows.flatMap((r) => (r.id && r.unitId ? [{ id: r.id, unitId: r.unitId }] : []));
  return nearestHeads(heads, rows[0].path.split("/").filter(Boolean), actorId);
}
