import "server-only";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { classifyItem } from "@/lib/domain/classification";
import { headSubtreePath, taskScopeWhere } from "@/lib/server/access/task-scope";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { countHeadScopeTasks } from "./count-head-scope-tasks";
import { findOrderedTaskIds, TASK_LIST_ORDER } from "./find-ordered-task-ids";
import { findSmallScopeTaskIds, SMALL_SCOPE_ROWS } from "./find-small-scope-task-ids";
import { searchFiltersWhere, type TSearchFilters } from "./search-filters-where";
import { countTasksUpTo } from "./count-tasks-up-to";
import { searchWords, textSearchWhere } from "./text-search-where";

export const SEARCH_PAGE_SIZE = 20;
/**
 * Beyond this many matches, the search says "more than 10,000" instead of counting them all, and
 * pages through the first 10,000. Counting every match of a common word across the sector read
 * every matching task (55,000 for "quy trình", 170–330 ms); nobody pages that far, and the way
 * on is a narrower search. A head's scope, however large, is counted exactly from TaskUnit.
 */
export const SEARCH_TOTAL_CAP = 10_000;

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
 * `total` is exact, except when it is `totalIsCapped`: then there are more than SEARCH_TOTAL_CAP
 * matches, and the pages cover the first SEARCH_TOTAL_CAP.
 * `limits` only move the line between a small and a large scope, and the cap (tests).
 */
export async function searchTasks(
  actor: TActor,
  input: TSearchFilters & { page: number },
  now: Date,
  limits: Partial<TSearchLimits> = {},
) {
  const [{ total, totalIsCapped, tasks }, cal, policy] = await Promise.all([
    findSearchPage(actor, input, { smallScopeRows: SMALL_SCOPE_ROWS, totalCap: SEARCH_TOTAL_CAP, ...limits }),
    getWorkCalendar(),
    getPolicy(),
  ]);
  const items = tasks.map((t) => ({ ...t, classification: classifyItem(t, cal, policy, now) }));
  return { items, total, totalIsCapped, page: input.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

type TSearchLimits = { smallScopeRows: number; totalCap: number };

async function findSearchPage(
  actor: TActor,
  input: TSearchFilters & { page: number },
  { smallScopeRows, totalCap }: TSearchLimits,
) {
  const text = textSearchWhere(input.q);
  const narrowing = searchFiltersWhere(input);
  const filters = [text, ...narrowing];
  const page = { skip: (input.page - 1) * SEARCH_PAGE_SIZE, take: SEARCH_PAGE_SIZE };
  const smallScope = await findSmallScopeTaskIds(actor, smallScopeRows);
  let total: number;
  let totalIsCapped = false;
  let pageIds: string[];
  if (smallScope) {
    const ids = await findOrderedTaskIds({ AND: [{ id: { in: smallScope } }, ...filters] });
    [total, pageIds] = [ids.length, ids.slice(page.skip, page.skip + page.take)];
  } else {
    const where = { AND: [taskScopeWhere(actor), ...filters] };
    // A head's whole scope, unfiltered, is counted from TaskUnit without reading a task.
    const subtree = headSubtreePath(actor);
    const wholeScope = subtree !== null && text.AND.length === 0 && narrowing.length === 0;
    // Any other count stops one past the cap: the rest would only be read to print a number.
    const count = wholeScope
      ? countHeadScopeTasks(subtree)
      : narrowing.length === 0 && (subtree !== null || hasSectorWideView(actor))
        ? countTasksUpTo(subtree === null ? null : actor.unitId, searchWords(input.q), totalCap)
        : db.task.count({ where, take: totalCap + 1 });
    [total, pageIds] = await Promise.all([count, findOrderedTaskIds(where, page)]);
    if (!wholeScope && total > totalCap) [total, totalIsCapped] = [totalCap, true];
  }
  const tasks = await db.task.findMany({ where: { id: { in: pageIds } }, orderBy: TASK_LIST_ORDER, select });
  return { total, totalIsCapped, tasks };
}
