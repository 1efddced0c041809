import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRecordProgress } from "@/lib/schemas/step-actions";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/** The owner notes progress; a step still waiting to be started counts as started from now. */
export async function recordProgress(actor: TActor, input: TRecordProgress, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "progress", now);
    const starts = step.status === "TODO";
    const written = await updateStepIfUnchanged(
      tx,
      step,
      starts ? { status: "IN_PROGRESS", startedAt: now, lastActivityAt: now } : { lastActivityAt: now },
    );
    if (starts && step.task.status === "OPEN") {
      await tx.task.update({ where: { id: step.taskId }, data: { status: "IN_PROGRESS", version: { increment: 1 } } });
    }
    await recordTaskEvent(tx, {
      kind: "STEP_PROGRESS",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: { note: input.note },
    });
    return written;
  });
}
