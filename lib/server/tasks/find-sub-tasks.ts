import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";

/** The sub-tasks of a task that the actor may see, with their progress in steps, for the roll-up on the parent. */
export async function findSubTasks(actor: TActor, parentTaskId: string) {
  const tasks = await db.task.findMany({
    where: { AND: [{ parentTaskId }, taskScopeWhere(actor)] },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      deadline: true,
      originalDeadline: true,
      completedAt: true,
      leadUnit: { select: { name: true } },
      _count: { select: { steps: true } },
      steps: { where: { status: "DONE" }, select: { id: true } },
    },
  });
  return tasks.map(({ steps, _count, ...t }) => ({ ...t, progress: { done: steps.length, total: _count.steps } }));
}
