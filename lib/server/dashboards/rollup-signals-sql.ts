import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";

/**
 * The signals a roll-up counts, one row each, in the shape of TRollupSignal: only those
 * still counting against the person (an ACCEPTED answer clears countsAgainstPerson), of
 * tasks not cancelled, whose unit lies in the scope, whose task belongs to the directive,
 * and whose `since` lies in the period, as rollUp reads them. `reportedAt` is `since`,
 * so the month grouping can treat items and signals alike.
 */
export function rollupSignalsSql(filter: TRollupFilter): Prisma.Sql {
  const directive = filter.directiveId ? Prisma.sql`AND t."directiveId" = ${filter.directiveId}` : Prisma.empty;
  const person = filter.personId ? Prisma.sql`AND sg."subjectUserId" = ${filter.personId}` : Prisma.empty;
  const period = filter.period
    ? Prisma.sql`AND sg.since >= ${filter.period.from}::timestamp AND sg.since < ${filter.period.to}::timestamp`
    : Prisma.empty;
  return Prisma.sql`
    SELECT sg.id, sg.key, sg.kind::text AS kind, sg."subjectUserId" AS "personId", sg."unitId", u.path AS "unitPath",
           sg."taskId", t."directiveId", sg."stepId", sg."consultationId", sg.since AS "reportedAt"
    FROM "Signal" sg
    JOIN "Unit" u ON u.id = sg."unitId"
    JOIN "Task" t ON t.id = sg."taskId"
    WHERE sg."countsAgainstPerson" AND t.status <> 'CANCELLED'
      AND u.path LIKE ${filter.scopePath} || '%' ${directive} ${person} ${period}`;
}
