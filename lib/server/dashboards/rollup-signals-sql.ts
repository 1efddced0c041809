import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import { taskNotCancelledSql } from "./task-not-cancelled-sql";

/**
 * The signals a roll-up counts, one row each, in the shape of TRollupSignal: only those
 * still counting against the person (an ACCEPTED answer clears countsAgainstPerson), of
 * tasks not cancelled, whose unit lies in the scope, whose task belongs to the directive,
 * and whose `since` lies in the period, as rollUp reads them. A signal's directive is its
 * task's (copied when the signal is written; a task never changes directive).
 * `reportedAt` is `since`, so the month grouping can treat items and signals alike.
 */
export function rollupSignalsSql(filter: TRollupFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT sg.id, sg.key, sg.kind::text AS kind, sg."subjectUserId" AS "personId", sg."unitId", u.path AS "unitPath",
           sg."taskId", sg."directiveId", sg."stepId", sg."consultationId", sg.since AS "reportedAt"
    FROM "Signal" sg
    JOIN "Unit" u ON u.id = sg."unitId"
    WHERE sg."countsAgainstPerson"
      AND ${taskNotCancelledSql(Prisma.sql`sg."taskId"`)}
      AND ${Prisma.join(signalFilterSql(filter), " AND ")}`;
}

/**
 * The filter's conditions on a signal `sg` and its unit `u`: the scope, the directive, the
 * person (or people) and the period. Shared with the signal lists, which add their own.
 */
export function signalFilterSql(filter: TRollupFilter): Prisma.Sql[] {
  const conditions = [
    Prisma.sql`u.path LIKE ${filter.scopePath} || '%'`,
    filter.directiveId ? Prisma.sql`sg."directiveId" = ${filter.directiveId}` : null,
    filter.personId ? Prisma.sql`sg."subjectUserId" = ${filter.personId}` : null,
    filter.personIds ? Prisma.sql`sg."subjectUserId" = ANY(${[...filter.personIds]}::text[])` : null,
    filter.period
      ? Prisma.sql`sg.since >= ${filter.period.from}::timestamp AND sg.since < ${filter.period.to}::timestamp`
      : null,
  ];
  return conditions.filter((c): c is Prisma.Sql => c !== null);
}
