import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCompleteStep } from "@/lib/schemas/step-actions";
import type { Prisma } from "@/lib/server/db/prisma";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * The owner completes a step with its result. The next step becomes the next owner's to do
 * (it was assigned when the task was created, so no new STEP_ASSIGNED event); when no step is
 * left open the task is completed with the same result.
 */
export async function completeStep(actor: TActor, input: TCompleteStep, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "complete", now);
    const written = await updateStepIfUnchanged(tx, step, {
      status: "DONE",
      completedAt: now,
      result: input.result,
      startedAt: step.startedAt ?? now,
      lastActivityAt: now,
    });
    // The next step first, so that the event's notification finds it reached (STEP_TURN).
    await activateNextStep(tx, step, now);
    await recordTaskEvent(tx, {
      kind: "STEP_COMPLETED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: { result: input.result },
    });
    const stillOpen = await tx.taskStep.count({ where: { taskId: step.taskId, status: { not: "DONE" } } });
    if (stillOpen === 0) {
      await tx.task.update({
        where: { id: step.taskId },
        data: { status: "COMPLETED", completedAt: now, result: input.result, version: { increment: 1 } },
      });
      await recordTaskEvent(tx, {
        kind: "TASK_COMPLETED",
        ...eventActor(actor, step),
        at: now,
        taskId: step.taskId,
        payload: { result: input.result, lastStepId: step.id },
      });
    } else if (step.task.status === "OPEN") {
      await tx.task.update({ where: { id: step.taskId }, data: { status: "IN_PROGRESS", version: { increment: 1 } } });
    }
    return written;
  });
}

/**
 * The step that follows moves from "not yet reached" to "to do". Its version is bumped so a
 * head who is reassigning it from a stale page gets CONFLICT; lastActivityAt restarts so the
 * new owner is not counted as stalled for the time the step spent waiting.
 */
async function activateNextStep(tx: Prisma.TransactionClient, step: { taskId: string; order: number }, now: Date) {
  const next = await tx.taskStep.findFirst({
    where: { taskId: step.taskId, order: { gt: step.order } },
    orderBy: { order: "asc" },
    select: { id: true },
  });
  if (!next) return;
  await tx.taskStep.updateMany({
    where: { id: next.id, status: "PENDING" },
    data: { status: "TODO", lastActivityAt: now, version: { increment: 1 } },
  });
}
