import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { inspectedWorkActor } from "./inspected-work-actor";

/** The inspected unit's tasks as its head lists them, for the team during the inspection (latest deadline first, 200 at most). */
export async function findInspectedTasks(actor: TActor, inspectionId: string, now: Date) {
  const asHead = await inspectedWorkActor(actor, inspectionId, now);
  return db.task.findMany({
    where: taskScopeWhere(asHead),
    select: {
      id: true,
      title: true,
      status: true,
      deadline: true,
      completedAt: true,
      leadUnit: { select: { id: true, name: true } },
    },
    orderBy: [{ deadline: "desc" }, { id: "asc" }],
    take: 200,
  });
}

/** One task of the inspected unit, exactly as its head would open it. */
export async function getInspectedTaskOrThrow(actor: TActor, inspectionId: string, taskId: string, now: Date) {
  return getTaskOrThrow(await inspectedWorkActor(actor, inspectionId, now), taskId);
}
