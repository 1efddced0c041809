import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { addCalendarDays, addWorkingDays, localDateOf, startOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import type { TClassificationCategory } from "@/lib/domain/classification";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { searchFiltersWhere } from "@/lib/server/search/search-filters-where";
import type { TClassifyContext } from "../serialize/serialize-task";

export type TTaskPageInput = {
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
 * SQL. The classification filter is classifyItem turned into deadline bounds: an open task is
 * due soon while its deadline falls before the day that is `dueSoonWorkingDays + 1` working
 * days away, since the working-day count only grows with the deadline's local date.
 */
export async function findTaskPage(actor: TActor, input: TTaskPageInput, c: TClassifyContext) {
  const where: Prisma.TaskWhereInput = {
    AND: [
      taskScopeWhere(actor),
      ...searchFiltersWhere({ unitPath: input.unitPath, personId: input.ownerId ?? null }),
      input.directiveId ? { directiveId: input.directiveId } : {},
      input.status ? { status: input.status } : {},
      input.state ? stateWhere(input.state, c) : {},
      input.deadlineFrom ? { deadline: { gte: startOfLocalDay(input.deadlineFrom) } } : {},
      input.deadlineTo ? { deadline: { lt: startOfLocalDay(addCalendarDays(input.deadlineTo, 1)) } } : {},
      input.after ? { OR: [{ deadline: { gt: new Date(input.after.d) } }, { deadline: new Date(input.after.d), id: { gt: input.after.i } }] } : {},
    ],
  };
  const rows = await db.task.findMany({
    where,
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: input.limit + 1,
    select: {
      id: true, title: true, point: true, status: true, priority: true, deadline: true, originalDeadline: true, completedAt: true,
      directive: { select: { id: true, number: true } },
      leadUnit: { select: { id: true, name: true } },
    },
  });
  return { items: rows.slice(0, input.limit), hasMore: rows.length > input.limit };
}

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
