import "server-only";
import { addWorkingDays, endOfLocalDay, startOfLocalDay } from "@/lib/domain/calendar";
import { classifyItem } from "@/lib/domain/classification";
import type { TActor } from "@/lib/domain/access/roles";
import type { TUnitWorkFilter } from "@/lib/schemas/unit-work-filter";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

export const UNIT_STEPS_PAGE_SIZE = 25;

/**
 * Open steps of the head's unit tree, filtered in SQL. The "state" filter is turned into a
 * deadline range with the working-day calendar (due soon = up to N working days from now), so
 * the database does the filtering and the classification shown agrees with it.
 */
export async function findUnitOpenSteps(actor: TActor, f: TUnitWorkFilter, now: Date) {
  const [cal, policy] = await Promise.all([getWorkCalendar(), getPolicy()]);
  const dueSoonEnd = addWorkingDays(now, policy.dueSoonWorkingDays, cal);
  const deadline: Prisma.DateTimeFilter = {};
  if (f.state === "OVERDUE") deadline.lt = now;
  if (f.state === "DUE_SOON") Object.assign(deadline, { gte: now, lte: dueSoonEnd });
  if (f.state === "IN_TIME") deadline.gt = dueSoonEnd;
  if (f.from) deadline.gte = maxDate(deadline.gte as Date | undefined, startOfLocalDay(f.from));
  if (f.to) deadline.lte = minDate(deadline.lte as Date | undefined, endOfLocalDay(f.to));
  const where: Prisma.TaskStepWhereInput = {
    status: f.state === "RETURNED" ? "RETURNED" : { in: ["TODO", "IN_PROGRESS", "RETURNED"] },
    unit: unitsInTree(actor.unitPath),
    task: { AND: [taskScopeWhere(actor), f.directive ? { directiveId: f.directive } : {}] },
    ...(f.person ? { ownerId: f.person } : {}),
    ...(Object.keys(deadline).length ? { deadline } : {}),
  };
  const [total, steps] = await Promise.all([
    db.taskStep.count({ where }),
    db.taskStep.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * UNIT_STEPS_PAGE_SIZE,
      take: UNIT_STEPS_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        status: true,
        deadline: true,
        originalDeadline: true,
        completedAt: true,
        owner: { select: { name: true } },
        task: { select: { id: true, title: true, point: true, directive: { select: { number: true } } } },
      },
    }),
  ]);
  const items = steps.map((s) => ({ ...s, classification: classifyItem(s, cal, policy, now) }));
  return { items, total, pageCount: Math.max(1, Math.ceil(total / UNIT_STEPS_PAGE_SIZE)) };
}

function maxDate(a: Date | undefined, b: Date): Date {
  return a && a > b ? a : b;
}
function minDate(a: Date | undefined, b: Date): Date {
  return a && a < b ? a : b;
}
