import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import type { TRollupFilter } from "./rollup-filter";
import { taskNotCancelledProbeSql } from "./task-not-cancelled-sql";
import { calendarExceptionsSql, workingDaysBetweenSql } from "./working-days-between-sql";

/**
 * Steps of tasks that are not cancelled, in the shape of TRollupItem. The task is joined
 * only for its directive (a LEFT JOIN on its key, which PostgreSQL drops when a query reads
 * no directive) and cancelled tasks are left out by taskNotCancelledProbeSql: a list of the
 * sector's overdue steps then reads no task per step.
 */
const stepSource = Prisma.sql`
  SELECT s.id, s."taskId", t."directiveId", s."ownerId" AS "personId", s."unitId", u.path AS "unitPath",
         s.deadline, s."originalDeadline", s."completedAt"
  FROM "TaskStep" s
  LEFT JOIN "Task" t ON t.id = s."taskId"
  JOIN "Unit" u ON u.id = s."unitId"
  WHERE ${taskNotCancelledProbeSql(Prisma.sql`s."taskId"`)}`;

/** Tasks that are not cancelled, counted at their lead unit; a task has no accountable person. */
const taskSource = Prisma.sql`
  SELECT t.id, t.id AS "taskId", t."directiveId", NULL::text AS "personId", t."leadUnitId" AS "unitId", u.path AS "unitPath",
         t.deadline, t."originalDeadline", t."completedAt"
  FROM "Task" t
  JOIN "Unit" u ON u.id = t."leadUnitId"
  WHERE t.status <> 'CANCELLED'`;

/**
 * One row per item in the filter, with its report category at `now` from the database
 * function "report_category" (prisma/sql-functions/report_category.sql, reportCategoryOf's
 * twin, which the roll-up triggers call too; inlined by the planner); plus `reportedAt`
 * (reportingInstant), `daysLate` (working days, DONE_LATE only), `isExtended` and
 * `isDoneWithinExtension` as rollUp counts them. Every value from the caller is bound.
 * `where` narrows the items further by their base columns (b."completedAt", b.deadline, ...),
 * in a form the indexes can serve.
 */
export function rollupItemsSql(filter: TRollupFilter, now: Date, where: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const source = filter.level === "task" ? taskSource : stepSource;
  const directive = filter.directiveId ? Prisma.sql`AND b."directiveId" = ${filter.directiveId}` : Prisma.empty;
  const person = Prisma.sql`${filter.personId ? Prisma.sql`AND b."personId" = ${filter.personId}` : Prisma.empty}
    ${filter.personIds ? Prisma.sql`AND b."personId" = ANY(${[...filter.personIds]}::text[])` : Prisma.empty}`;
  const period = filter.period
    ? Prisma.sql`AND COALESCE(b."completedAt", b.deadline) >= ${filter.period.from}::timestamp
                 AND COALESCE(b."completedAt", b.deadline) < ${filter.period.to}::timestamp`
    : Prisma.empty;
  return Prisma.sql`
    SELECT b.*,
      COALESCE(b."completedAt", b.deadline) AS "reportedAt",
      "report_category"(b.deadline, b."completedAt", ${now}::timestamp) AS category,
      CASE WHEN b."completedAt" > b.deadline THEN ${workingDaysBetweenSql(Prisma.sql`b.deadline`, Prisma.sql`b."completedAt"`, Prisma.sql`cal`)} END AS "daysLate",
      (b.deadline > b."originalDeadline") AS "isExtended",
      (b."completedAt" IS NOT NULL AND b."completedAt" > b."originalDeadline" AND b."completedAt" <= b.deadline) AS "isDoneWithinExtension"
    FROM (${source}) b CROSS JOIN ${calendarExceptionsSql} cal
    WHERE b."unitPath" LIKE ${filter.scopePath} || '%' ${directive} ${person} ${period} ${where}`;
}
