import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * `taskId` is not a cancelled task's. Cancelled tasks are few: their ids come whole from the
 * partial index of cancelled tasks and are hashed once (NOT IN), instead of a lookup of each
 * row's task. Task ids are never null, so NOT IN means what it says. For counts over many
 * rows (the sector's signals, escalations); for rows read through an index of a narrow scope,
 * see taskNotCancelledProbeSql.
 */
export function taskNotCancelledSql(taskId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${taskId} NOT IN (SELECT ct.id FROM "Task" ct WHERE ct.status = 'CANCELLED')`;
}

/**
 * The same condition as an anti-join, which leaves the planner free to probe the partial index
 * of cancelled tasks row by row or to hash it. Where rows are read through an index (a
 * province's signals by unit, the overdue steps), the hashed list of taskNotCancelledSql is
 * charged to every index probe and the planner scans the whole table instead.
 */
export function taskNotCancelledProbeSql(taskId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Task" ct WHERE ct.id = ${taskId} AND ct.status = 'CANCELLED')`;
}
