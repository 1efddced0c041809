import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * `taskId` is not a cancelled task's. Cancelled tasks are few: their ids come whole from the
 * partial index of cancelled tasks and are hashed once (NOT IN), instead of a lookup of each
 * row's task. Task ids are never null, so NOT IN means what it says.
 */
export function taskNotCancelledSql(taskId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${taskId} NOT IN (SELECT ct.id FROM "Task" ct WHERE ct.status = 'CANCELLED')`;
}
