import "server-only";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * Unresolved escalations raised to each listed unit or a unit below it (tasks not
 * cancelled, of the directive when given), counted in SQL: unit id → count.
 */
export async function countOpenEscalationsByUnit(unitIds: readonly string[], directiveId?: string | null): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const directive = directiveId ? Prisma.sql`AND t."directiveId" = ${directiveId}` : Prisma.empty;
  const rows = await db.$queryRaw<{ key: string; n: number }[]>`
    WITH f AS (
      SELECT u.path, count(*) AS n
      FROM "Escalation" e
      JOIN "Unit" u ON u.id = e."toUnitId"
      JOIN "Task" t ON t.id = e."taskId"
      WHERE e."resolvedAt" IS NULL AND t.status <> 'CANCELLED' ${directive}
      GROUP BY u.path
    )
    SELECT g.id AS key, sum(f.n)::int AS n
    FROM f JOIN "Unit" g ON f.path LIKE g.path || '%'
    WHERE g.id = ANY(${[...unitIds]}::text[])
    GROUP BY g.id`;
  return new Map(rows.map((r) => [r.key, r.n]));
}
