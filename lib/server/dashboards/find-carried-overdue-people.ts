import "server-only";
import { localMonthOf, type TPeriod } from "@/lib/domain/rollups";
import { db } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/db/generated/client";
import { cellsCanAnswer } from "./rollup-cells-sql";
import type { TRollupFilter } from "./rollup-filter";
import { rollupItemsSql } from "./rollup-items-sql";
import { unitInScopeSql } from "./unit-in-scope-sql";

/**
 * The people of the scope with a step that fell due before `period` and is still open and
 * overdue at `now` (commendation asks for none). When the period starts on the first of a
 * month no later than this one, every open step of an earlier month is overdue, so the open
 * cells of those months answer (the open cells have an index of their own); otherwise the
 * steps are read.
 */
export async function findCarriedOverduePeople(
  filter: TRollupFilter & { period: TPeriod },
  now: Date,
): Promise<Set<string>> {
  const fromMonth = localMonthOf(filter.period.from);
  const rows =
    cellsCanAnswer("person", filter) && fromMonth <= localMonthOf(now)
      ? await db.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT c."personId" AS id FROM "RollupPersonCell" c
        WHERE c.level = 'step' AND c.state = 'OPEN' AND c.month < ${fromMonth}
          AND ${unitInScopeSql(Prisma.sql`c."unitId"`, filter.scopePath)}
          ${filter.personIds ? Prisma.sql`AND c."personId" = ANY(${[...filter.personIds]}::text[])` : Prisma.empty}`
      : await db.$queryRaw<{ id: string }[]>`
        WITH x AS (${rollupItemsSql(
          { ...filter, level: "step", period: null },
          now,
          Prisma.sql`AND b."completedAt" IS NULL AND b.deadline < ${filter.period.from}::timestamp AND b.deadline < ${now}::timestamp`,
        )})
        SELECT DISTINCT x."personId" AS id FROM x WHERE x."personId" IS NOT NULL`;
  return new Set(rows.map((r) => r.id));
}
