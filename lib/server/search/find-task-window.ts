import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { findOrderedTaskIds, TASK_LIST_ORDER } from "./find-ordered-task-ids";
import { findSmallScopeTaskIds, SMALL_SCOPE_ROWS } from "./find-small-scope-task-ids";

/** What a task list shows of each task: the search page's rows and the API's list items. */
const select = {
  id: true,
  title: true,
  point: true,
  status: true,
  priority: true,
  deadline: true,
  originalDeadline: true,
  completedAt: true,
  directive: { select: { id: true, number: true } },
  leadUnit: { select: { id: true, name: true } },
} satisfies Prisma.TaskSelect;

export type TTaskWindowOptions = {
  /** Only moves the line between a small and a large scope (tests). */
  smallScopeRows?: number;
  /** For a large scope, how to count the matches, run beside the page; without it, no total. */
  countLarge?: (where: Prisma.TaskWhereInput) => Promise<number>;
};

/**
 * The one read behind every task list, the search page's and GET /api/v1/tasks: the tasks in
 * the actor's scope that match all `filters`, in list order (soonest deadline, then id), the
 * window `skip`/`take`. A small scope (a district head's, a staff member's) is read whole by id
 * and sorted, and its `total` is exact for free; a larger one is walked in deadline order one
 * window at a time, and its `total` is what `countLarge` says, or null (findSmallScopeTaskIds
 * says why the two paths). `readWhole` says which path was taken.
 */
export async function findTaskWindow(
  actor: TActor,
  filters: Prisma.TaskWhereInput[],
  window: { skip: number; take: number },
  { smallScopeRows = SMALL_SCOPE_ROWS, countLarge }: TTaskWindowOptions = {},
) {
  const smallScope = await findSmallScopeTaskIds(actor, smallScopeRows);
  let total: number | null;
  let ids: string[];
  if (smallScope) {
    const all = await findOrderedTaskIds({ AND: [{ id: { in: smallScope } }, ...filters] });
    [total, ids] = [all.length, all.slice(window.skip, window.skip + window.take)];
  } else {
    const where = { AND: [taskScopeWhere(actor), ...filters] };
    [total, ids] = await Promise.all([countLarge ? countLarge(where) : null, findOrderedTaskIds(where, window)]);
  }
  const tasks = ids.length
    ? await db.task.findMany({ where: { id: { in: ids } }, orderBy: TASK_LIST_ORDER, select })
    : [];
  return { tasks, total, readWhole: smallScope !== null };
}

export type TTaskListRow = Awaited<ReturnType<typeof findTaskWindow>>["tasks"][number];
