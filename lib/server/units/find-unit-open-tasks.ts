import "server-only";
import { classifyItem } from "@/lib/domain/classification";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";
import { db } from "@/lib/server/db/prisma";
import { getPolicy } from "@/lib/server/settings/get-policy";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

export const UNIT_TASKS_PAGE_SIZE = 25;

/**
 * Open tasks led by the actor's unit or a unit below it, soonest deadline first, a page at a
 * time; the scope filter is applied as well, so the query can never widen what the actor sees.
 */
export async function findUnitOpenTasks(actor: TActor, page: number, now: Date) {
  const where = {
    AND: [
      taskScopeWhere(actor),
      { leadUnit: unitsInTree(actor.unitPath) },
      { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } },
    ],
  };
  const [cal, policy, total, tasks] = await Promise.all([
    getWorkCalendar(),
    getPolicy(),
    db.task.count({ where }),
    db.task.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
      skip: (page - 1) * UNIT_TASKS_PAGE_SIZE,
      take: UNIT_TASKS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        point: true,
        deadline: true,
        originalDeadline: true,
        completedAt: true,
        priority: true,
        directive: { select: { number: true } },
        leadUnit: { select: { name: true } },
        steps: {
          where: { status: { in: ["TODO", "IN_PROGRESS", "RETURNED"] } },
          orderBy: { order: "asc" },
          take: 1,
          select: { name: true, status: true, owner: { select: { name: true } } },
        },
      },
    }),
  ]);
  const items = tasks.map((t) => ({ ...t, classification: classifyItem(t, cal, policy, now) }));
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / UNIT_TASKS_PAGE_SIZE)) };
}
