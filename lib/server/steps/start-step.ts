import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TStepRef } from "@/lib/schemas/step-actions";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/** The owner starts work on a step that is waiting for them; the task is then in progress. */
export async function startStep(actor: TActor, input: TStepRef, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "start", now);
    const written = await updateStepIfUnchanged(tx, step, {
      status: "IN_PROGRESS",
      startedAt: now,
      lastActivityAt: now,
    });
    if (step.task.status === "OPEN")
      await tx.task.update({ where: { id: step.taskId }, data: { status: "IN_PROGRESS" } });
    await recordTaskEvent(tx, {
      kind: "STEP_STARTED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: {},
    });
    return written;
  });
}
