import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { classifyItem } from "@/lib/domain/classification";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { searchFiltersWhere, type TSearchFilters } from "./search-filters-where";
import { textSearchWhere } from "./text-search-where";

export const SEARCH_PAGE_SIZE = 20;

/**
 * Tasks matching the text (diacritics-insensitive, number and symbol included) and the unit
 * and person filters, soonest deadline first, a page at a time. Always inside the actor's
 * scope: the filters can only narrow what the actor may see, never widen it.
 */
export async function searchTasks(actor: TActor, input: TSearchFilters & { page: number }, now: Date) {
  const where = { AND: [taskScopeWhere(actor), textSearchWhere(input.q), ...searchFiltersWhere(input)] };
  const [total, tasks, cal, policy] = await Promise.all([
    db.task.count({ where }),
    db.task.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * SEARCH_PAGE_SIZE,
      take: SEARCH_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        point: true,
        status: true,
        deadline: true,
        originalDeadline: true,
        completedAt: true,
        directive: { select: { id: true, number: true } },
        leadUnit: { select: { name: true } },
      },
    }),
    getWorkCalendar(),
    getPolicy(),
  ]);
  const items = tasks.map((t) => ({ ...t, classification: classifyItem(t, cal, policy, now) }));
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) };
}
