import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";

/** The order of every task list and search: soonest deadline first, then by id. */
export const TASK_LIST_ORDER = [{ deadline: "asc" }, { id: "asc" }] satisfies Prisma.TaskOrderByWithRelationInput[];

/**
 * The ids of every task matching `where`, in list order. Meant for a small scope given by id
 * (findSmallScopeTaskIds): without a LIMIT, PostgreSQL fetches those tasks by primary key and
 * sorts them, and cannot prefer walking the deadline index through the whole sector. The
 * caller slices its page from the result and has its exact total in the length.
 */
export async function findOrderedTaskIds(where: Prisma.TaskWhereInput): Promise<string[]> {
  const rows = await db.task.findMany({ where, orderBy: TASK_LIST_ORDER, select: { id: true } });
  return rows.map((r) => r.id);
}
