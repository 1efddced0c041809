import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TReassignStep } from "@/lib/schemas/step-actions";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadNewOwner } from "./load-new-owner";
import { actingAs, eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * A head hands a step to someone else in their unit tree, with a reason. The step follows the
 * new owner to their unit; a step not yet reached stays PENDING, any other starts over as TODO.
 */
export async function reassignStep(actor: TActor, input: TReassignStep, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "reassign", now);
    const newOwner = await loadNewOwner(tx, actingAs(actor, step), input.newOwnerId, step.ownerId);
    await updateStepIfUnchanged(tx, step, {
      status: step.status === "PENDING" ? "PENDING" : "TODO",
      lastActivityAt: now,
    });
    // The versioned write above already holds the row; owner and unit are foreign keys, which
    // updateStepIfUnchanged's (checked) input type cannot carry.
    await tx.taskStep.update({ where: { id: step.id }, data: { ownerId: newOwner.id, unitId: newOwner.unitId } });
    await recordTaskEvent(tx, {
      kind: "STEP_REASSIGNED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: { from: step.ownerId, to: newOwner.id, fromUnitId: step.unitId, toUnitId: newOwner.unitId },
      reason: input.reason,
    });
    return tx.taskStep.findUniqueOrThrow({ where: { id: step.id } });
  });
}
