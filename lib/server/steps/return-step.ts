import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TReturnStep } from "@/lib/schemas/step-actions";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * The owner returns a step as "không thuộc thẩm quyền", with a reason. The owner stays on
 * record until the head rules on the return, so the step is never without an accountable person.
 */
export async function returnStep(actor: TActor, input: TReturnStep, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "return", now);
    const written = await updateStepIfUnchanged(tx, step, { status: "RETURNED", lastActivityAt: now });
    await recordTaskEvent(tx, {
      kind: "STEP_RETURNED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: { from: step.ownerId, fromUnitId: step.unitId },
      reason: input.reason,
    });
    return written;
  });
}
