import "server-only";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { classifyItem } from "@/lib/domain/classification";
import { headSubtreePath } from "@/lib/server/access/task-scope";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { getClassifyContext } from "@/lib/server/settings/get-classify-context";
import { countHeadScopeTasks } from "./count-head-scope-tasks";
import { countTasksUpTo } from "./count-tasks-up-to";
import { findTaskWindow } from "./find-task-window";
import { SMALL_SCOPE_ROWS } from "./find-small-scope-task-ids";
import type { TSearchFilters } from "./search-filters-where";
import { taskListWhere } from "./task-list-where";
import { searchWords } from "./text-search-where";

export const SEARCH_PAGE_SIZE = 20;
/**
 * Beyond this many matches, the search says "more than 10,000" instead of counting them all, and
 * pages through the first 10,000. Counting every match of a common word across the sector read
 * every matching task (55,000 for "quy trình", 170–330 ms); nobody pages that far, and the way
 * on is a narrower search. A head's scope, however large, is counted exactly from TaskUnit.
 */
export const SEARCH_TOTAL_CAP = 10_000;

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
  const [{ total, totalIsCapped, tasks }, c] = await Promise.all([
    findSearchPage(actor, input, { smallScopeRows: SMALL_SCOPE_ROWS, totalCap: SEARCH_TOTAL_CAP, ...limits }),
    getClassifyContext(now),
  ]);
  const items = tasks.map((t) => ({ ...t, classification: classifyItem(t, c.cal, c.policy, now) }));
  return { items, total, totalIsCapped, page: input.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}

type TSearchLimits = { smallScopeRows: number; totalCap: number };

async function findSearchPage(
  actor: TActor,
  input: TSearchFilters & { page: number },
  { smallScopeRows, totalCap }: TSearchLimits,
) {
  const words = searchWords(input.q);
  const narrowed = input.unitPath !== null || input.personId !== null;
  const subtree = headSubtreePath(actor);
  // A head's whole scope, unfiltered, is counted from TaskUnit without reading a task.
  const wholeScope = subtree !== null && words.length === 0 && !narrowed;
  // Any other count stops one past the cap: the rest would only be read to print a number.
  const countLarge = (where: Prisma.TaskWhereInput) =>
    wholeScope
      ? countHeadScopeTasks(subtree)
      : !narrowed && (subtree !== null || hasSectorWideView(actor))
        ? countTasksUpTo(subtree === null ? null : actor.unitId, words, totalCap)
        : db.task.count({ where, take: totalCap + 1 });
  const { tasks, total, readWhole } = await findTaskWindow(
    actor,
    taskListWhere({ q: input.q, unitPath: input.unitPath, ownerId: input.personId }),
    { skip: (input.page - 1) * SEARCH_PAGE_SIZE, take: SEARCH_PAGE_SIZE },
    { smallScopeRows, countLarge },
  );
  // A scope read whole is counted exactly; any other count but a head's whole scope stopped one past the cap.
  const count = total ?? 0;
  const capped = !readWhole && !wholeScope && count > totalCap;
  return { total: capped ? totalCap : count, totalIsCapped: capped, tasks };
}
