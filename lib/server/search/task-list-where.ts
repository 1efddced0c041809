import "server-only";
import { addCalendarDays, addWorkingDays, localDateOf, startOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import type { TClassificationCategory } from "@/lib/domain/classification";
import { db, type Prisma } from "@/lib/server/db/prisma";
import type { TClassifyContext } from "@/lib/server/settings/get-classify-context";
import { searchFiltersWhere } from "./search-filters-where";
import { textSearchWhere } from "./text-search-where";

/** The filters of a task list: the search page uses the first three, the API all of them (and taskStateWhere). */
export type TTaskListFilters = {
  q?: string;
  unitPath: string | null;
  ownerId?: string | null;
  directiveId?: string;
  status?: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
  deadlineFrom?: TLocalDate;
  deadlineTo?: TLocalDate;
};

/** The filters as clauses for findTaskWindow, which adds the actor's scope. */
export function taskListWhere(f: TTaskListFilters): Prisma.TaskWhereInput[] {
  return [
    textSearchWhere(f.q),
    ...searchFiltersWhere({ unitPath: f.unitPath, personId: f.ownerId ?? null }),
    f.directiveId ? { directiveId: f.directiveId } : {},
    f.status ? { status: f.status } : {},
    f.deadlineFrom ? { deadline: { gte: startOfLocalDay(f.deadlineFrom) } } : {},
    f.deadlineTo ? { deadline: { lt: startOfLocalDay(addCalendarDays(f.deadlineTo, 1)) } } : {},
  ];
}

/**
 * The classification filter, apart because it alone needs the calendar and policy: classifyItem turned into deadline bounds. An open task is due soon
 * while its deadline falls before the day that is `dueSoonWorkingDays + 1` working days away,
 * since the working-day count only grows with the deadline's local date.
 */
export function taskStateWhere(state: TClassificationCategory, c: TClassifyContext): Prisma.TaskWhereInput {
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
