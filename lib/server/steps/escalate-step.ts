import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TEscalateStep } from "@/lib/schemas/step-actions";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { actingAs, eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * The owner or a head reports a matter beyond the unit's authority to the unit above the
 * step's unit (báo cáo vượt cấp), instead of leaving it undecided.
 */
export async function escalateStep(actor: TActor, input: TEscalateStep, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "escalate", now);
    const toUnitId = step.unit.parentId;
    if (!toUnitId) {
      throw new DomainError("INVALID_STATE", msg("errors.escalateTopLevel"));
    }
    await updateStepIfUnchanged(tx, step, { lastActivityAt: now });
    const escalation = await tx.escalation.create({
      data: {
        kind: "MANUAL",
        taskId: step.taskId,
        stepId: step.id,
        fromUnitId: step.unitId,
        toUnitId,
        raisedById: actingAs(actor, step).id,
        reason: input.reason,
        createdAt: now,
      },
    });
    await recordTaskEvent(tx, {
      kind: "ESCALATED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: { escalationId: escalation.id, fromUnitId: step.unitId, toUnitId },
      reason: input.reason,
    });
    return escalation;
  });
}
