import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { canRuleOnReturn } from "@/lib/domain/workflow/can-rule-on-return";
import type { TRuleOnReturn } from "@/lib/schemas/step-actions";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadNewOwner } from "./load-new-owner";
import { actingAs, eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * A head rules on a "not my remit" return. Upheld: the step goes to the person the head names
 * (same checks as a reassignment). Overruled: it goes back to the person who returned it, and
 * the RETURN_OVERRULED event is what the accountability signal counts.
 */
export async function ruleOnReturn(actor: TActor, input: TRuleOnReturn, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "rule", now);
    // Neither the deputy nor the head they act for judges a return of their own step.
    for (const judge of [actor, actingAs(actor, step)]) {
      const ruling = canRuleOnReturn(judge, step);
      if (!ruling.ok) throw new DomainError(ruling.code, ruling.message);
    }
    const base = { ...eventActor(actor, step), at: now, taskId: step.taskId, stepId: step.id, reason: input.reason };
    if (input.decision === "OVERRULE") {
      await updateStepIfUnchanged(tx, step, { status: "TODO", lastActivityAt: now });
      await recordTaskEvent(tx, { ...base, kind: "RETURN_OVERRULED", payload: { returnedBy: step.ownerId } });
    } else {
      const newOwner = await loadNewOwner(tx, actingAs(actor, step), input.newOwnerId, step.ownerId);
      await updateStepIfUnchanged(tx, step, { status: "TODO", lastActivityAt: now });
      await tx.taskStep.update({ where: { id: step.id }, data: { ownerId: newOwner.id, unitId: newOwner.unitId } });
      await recordTaskEvent(tx, {
        ...base,
        kind: "RETURN_UPHELD",
        payload: { from: step.ownerId, to: newOwner.id, fromUnitId: step.unitId, toUnitId: newOwner.unitId },
      });
    }
    return tx.taskStep.findUniqueOrThrow({ where: { id: step.id } });
  });
}
