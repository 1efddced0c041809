import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";

/** The order of every task list and search: soonest deadline first, then by id. */
export const TASK_LIST_ORDER = [{ deadline: "asc" }, { id: "asc" }] satisfies Prisma.TaskOrderByWithRelationInput[];

/**
 * The ids of the tasks matching `where`, in list order: all of them, or the page `skip`/`take`.
 *
 * All of them is meant for a small scope given by id (findSmallScopeTaskIds): without a LIMIT,
 * PostgreSQL fetches those tasks by primary key and sorts them, and cannot prefer walking the
 * deadline index through the whole sector; the caller slices its page and has its exact total
 * in the length. A page is meant for a large scope: asking for the ids alone lets the walk read
 * the (deadline, id) index without visiting a task row it then skips; the caller loads its
 * page's rows by id afterwards.
 */
export async function findOrderedTaskIds(
  where: Prisma.TaskWhereInput,
  page?: { skip: number; take: number },
): Promise<string[]> {
  const rows = await db.task.findMany({ where, orderBy: TASK_LIST_ORDER, ...page, select: { id: true } });
  return rows.map((r) => r.id);
}
