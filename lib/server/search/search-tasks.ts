import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { classifyItem } from "@/lib/domain/classification";
import { headSubtreePath, taskScopeWhere } from "@/lib/server/access/task-scope";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { countHeadScopeTasks } from "./count-head-scope-tasks";
import { findOrderedTaskIds, TASK_LIST_ORDER } from "./find-ordered-task-ids";
import { findSmallScopeTaskIds, SMALL_SCOPE_ROWS } from "./find-small-scope-task-ids";
import { searchFiltersWhere, type TSearchFilters } from "./search-filters-where";
import { textSearchWhere } from "./text-search-where";

export const SEARCH_PAGE_SIZE = 20;

const select = {
  id: true,
  title: true,
  point: true,
  status: true,
  deadline: true,
  originalDeadline: true,
  completedAt: true,
  directive: { select: { id: true, number: true } },
  leadUnit: { select: { name: true } },
} satisfies Prisma.TaskSelect;

/**
 * Tasks matching the text (diacritics-insensitive, number and symbol included) and the unit
 * and person filters, soonest deadline first, a page at a time. Always inside the actor's
 * scope: the filters can only narrow what the actor may see, never widen it.
 * `smallScopeRows` only moves the line between a small and a large scope (tests).
 */
export async function searchTasks(actor: TActor, input: TSearchFilters & { page: number }, now: Date, smallScopeRows = SMALL_SCOPE_ROWS) {
  const [{ total, tasks }, cal, policy] = await Promise.all([findSearchPage(actor, input, smallScopeRows), getWorkCalendar(), getPolicy()]);
  const items = tasks.map((t) => ({ ...t, classification: classifyItem(t, cal, policy, now) }));
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

async function findSearchPage(actor: TActor, input: TSearchFilters & { page: number }, smallScopeRows: number) {
  const text = textSearchWhere(input.q);
  const filters = [text, ...searchFiltersWhere(input)];
  const page = { skip: (input.page - 1) * SEARCH_PAGE_SIZE, take: SEARCH_PAGE_SIZE };
  const smallScope = await findSmallScopeTaskIds(actor, smallScopeRows);
  let total: number;
  let pageIds: string[];
  if (smallScope) {
    const ids = await findOrderedTaskIds({ AND: [{ id: { in: smallScope } }, ...filters] });
    [total, pageIds] = [ids.length, ids.slice(page.skip, page.skip + page.take)];
  } else {
    const where = { AND: [taskScopeWhere(actor), ...filters] };
    // A head's whole scope, unfiltered, is counted from TaskUnit without reading a task.
    const subtree = headSubtreePath(actor);
    const wholeScope = subtree !== null && text.AND.length === 0 && filters.length === 1;
    [total, pageIds] = await Promise.all([wholeScope ? countHeadScopeTasks(subtree) : db.task.count({ where }), findOrderedTaskIds(where, page)]);
  }
  const tasks = await db.task.findMany({ where: { id: { in: pageIds } }, orderBy: TASK_LIST_ORDER, select });
  return { total, tasks };
}
