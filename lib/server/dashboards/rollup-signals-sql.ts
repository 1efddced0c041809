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
  const directive = filter.directiveId ? Prisma.sql`AND sg."directiveId" = ${filter.directiveId}` : Prisma.empty;
  const person = Prisma.sql`${filter.personId ? Prisma.sql`AND sg."subjectUserId" = ${filter.personId}` : Prisma.empty}
    ${filter.personIds ? Prisma.sql`AND sg."subjectUserId" = ANY(${[...filter.personIds]}::text[])` : Prisma.empty}`;
  const period = filter.period
    ? Prisma.sql`AND sg.since >= ${filter.period.from}::timestamp AND sg.since < ${filter.period.to}::timestamp`
    : Prisma.empty;
  return Prisma.sql`
    SELECT sg.id, sg.key, sg.kind::text AS kind, sg."subjectUserId" AS "personId", sg."unitId", u.path AS "unitPath",
           sg."taskId", sg."directiveId", sg."stepId", sg."consultationId", sg.since AS "reportedAt"
    FROM "Signal" sg
    JOIN "Unit" u ON u.id = sg."unitId"
    WHERE sg."countsAgainstPerson"
      AND ${taskNotCancelledSql(Prisma.sql`sg."taskId"`)}
      AND u.path LIKE ${filter.scopePath} || '%' ${directive} ${person} ${period}`;
}
