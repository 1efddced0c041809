import "server-only";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import { rollupGroupingSql } from "./rollup-grouping-sql";
import { taskNotCancelledSql } from "./task-not-cancelled-sql";

/**
 * Unresolved escalations raised to each listed unit or a unit below it (tasks not
 * cancelled, of the directive when given), counted in SQL: unit id → count. Counted per
 * receiving unit first, then each unit's count goes to the listed units on its path (the
 * roll-ups' own unit grouping).
 */
export async function countOpenEscalationsByUnit(
  unitIds: readonly string[],
  directiveId?: string | null,
): Promise<Map<string, number>> {
  if (unitIds.length === 0) return new Map();
  const directive = directiveId
    ? Prisma.sql`AND e."taskId" IN (SELECT t.id FROM "Task" t WHERE t."directiveId" = ${directiveId})`
    : Prisma.empty;
  const g = rollupGroupingSql("unit", { unitIds });
  const rows = await db.$queryRaw<{ key: string; n: number }[]>`
    WITH f AS (
      SELECT e."toUnitId" AS fk, count(*) AS n
      FROM "Escalation" e
      WHERE e."resolvedAt" IS NULL
        AND ${taskNotCancelledSql(Prisma.sql`e."taskId"`)} ${directive}
      GROUP BY 1
    )
    SELECT ${g.key} AS key, sum(f.n)::int AS n FROM f ${g.join} GROUP BY 1`;
  return new Map(rows.map((r) => [r.key, r.n]));
}
