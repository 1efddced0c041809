import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { addCalendarDays, addWorkingDays, localDateOf, startOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import type { TClassificationCategory } from "@/lib/domain/classification";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { findOrderedTaskIds, TASK_LIST_ORDER } from "@/lib/server/search/find-ordered-task-ids";
import { findSmallScopeTaskIds, SMALL_SCOPE_ROWS } from "@/lib/server/search/find-small-scope-task-ids";
import { searchFiltersWhere } from "@/lib/server/search/search-filters-where";
import { textSearchWhere } from "@/lib/server/search/text-search-where";
import type { TClassifyContext } from "../serialize/serialize-task";

export type TTaskPageInput = {
  q?: string;
  directiveId?: string;
  unitPath: string | null;
  ownerId?: string;
  state?: TClassificationCategory;
  status?: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
  deadlineFrom?: TLocalDate;
  deadlineTo?: TLocalDate;
  after: { d: string; i: string } | null;
  limit: number;
};

/**
 * Tasks in the actor's scope, soonest deadline first, one keyset page at a time, filtered in
 * SQL; `q` is the search page's text filter (textSearchWhere), so the API finds what the UI finds. The classification filter is classifyItem turned into deadline bounds: an open task is
 * due soon while its deadline falls before the day that is `dueSoonWorkingDays + 1` working
 * days away, since the working-day count only grows with the deadline's local date.
 * `smallScopeRows` only moves the line between a small and a large scope (tests).
 */
export async function findTaskPage(
  actor: TActor,
  input: TTaskPageInput,
  c: TClassifyContext,
  smallScopeRows = SMALL_SCOPE_ROWS,
) {
  const filters: Prisma.TaskWhereInput[] = [
    textSearchWhere(input.q),
    ...searchFiltersWhere({ unitPath: input.unitPath, personId: input.ownerId ?? null }),
    input.directiveId ? { directiveId: input.directiveId } : {},
    input.status ? { status: input.status } : {},
    input.state ? stateWhere(input.state, c) : {},
    input.deadlineFrom ? { deadline: { gte: startOfLocalDay(input.deadlineFrom) } } : {},
    input.deadlineTo ? { deadline: { lt: startOfLocalDay(addCalendarDays(input.deadlineTo, 1)) } } : {},
    input.after
      ? {
          OR: [
            { deadline: { gt: new Date(input.after.d) } },
            { deadline: new Date(input.after.d), id: { gt: input.after.i } },
          ],
        }
      : {},
  ];
  // A small scope (a district head's, a staff member's) is read whole and sorted (see
  // findSmallScopeTaskIds); a larger one is walked in deadline order, one page at a time.
  const smallScope = await findSmallScopeTaskIds(actor, smallScopeRows);
  const ids = smallScope
    ? (await findOrderedTaskIds({ AND: [{ id: { in: smallScope } }, ...filters] })).slice(0, input.limit + 1)
    : await findOrderedTaskIds({ AND: [taskScopeWhere(actor), ...filters] }, { skip: 0, take: input.limit + 1 });
  const rows = await db.task.findMany({ where: { id: { in: ids } }, orderBy: TASK_LIST_ORDER, select });
  return { items: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}

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

function stateWhere(state: TClassificationCategory, c: TClassifyContext): Prisma.TaskWhereInput {
  const deadline = db.task.fields.deadline;
  const dueSoonEnd = startOfLocalDay(localDateOf(addWorkingDays(c.now, c.policy.dueSoonWorkingDays + 1, c.cal)));
  switch (state) {
    case "DONE_ON_TIME":
      return { completedAt: { lte: deadline } };
    case "DONE_LATE":
      return { completedAt: { gt: deadline } };
    case "OVERDUE":
      return { completedAt: null, deadline: { lt: c.now } };
    case "DUE_SOON":
      return { completedAt: null, deadline: { gte: c.now, lt: dueSoonEnd } };
    case "IN_TIME":
      return { completedAt: null, deadline: { gte: dueSoonEnd } };
  }
}
