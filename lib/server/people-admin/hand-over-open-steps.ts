import "server-only";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import type { THandovers } from "@/lib/schemas/people-admin";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import type { TTaskTx } from "@/lib/server/events/write-task-change";
import { findOpenStepsOf } from "./find-open-steps-of";

const invalid = (key: Parameters<typeof msg>[0], values?: Record<string, string | number>) => {
  const message = msg(key, values);
  return new DomainError("INVALID_INPUT", message, { handovers: [message] });
};

/**
 * Hands every open step of a person who moves or leaves to the people the admin named, one
 * STEP_REASSIGNED event each (with `why` as its reason), in the caller's task transaction, so
 * the signals of those tasks are refreshed before it commits. The handovers must name each open
 * step exactly once, and only active people other than the one leaving: nothing is left with
 * an owner who can no longer act, and nothing is half handed over.
 */
export async function handOverOpenSteps(
  tx: TTaskTx,
  from: { id: string },
  handovers: THandovers,
  actorId: string,
  why: Parameters<typeof msg>[0],
  now: Date,
): Promise<number> {
  const open = await findOpenStepsOf(tx, from.id);
  const named = new Set(handovers.map((h) => h.stepId));
  const complete = named.size === handovers.length && named.size === open.length && open.every((s) => named.has(s.id));
  if (!complete) throw invalid("errors.handoverIncomplete", { count: open.length });
  if (open.length === 0) return 0;
  const targetIds = [...new Set(handovers.map((h) => h.toUserId))];
  const targets = await tx.user.findMany({
    where: { id: { in: targetIds } },
    select: { id: true, name: true, unitId: true, isActive: true },
  });
  const targetOf = new Map(targets.map((t) => [t.id, t]));
  for (const id of targetIds) {
    const t = targetOf.get(id);
    if (!t) throw invalid("errors.handoverTargetUnknown");
    if (!t.isActive || t.id === from.id) throw invalid("errors.handoverTargetInvalid", { name: t.name });
  }
  const reason = translate("vi", msg(why));
  const stepOf = new Map(open.map((s) => [s.id, s]));
  for (const h of handovers) {
    const step = stepOf.get(h.stepId)!;
    const to = targetOf.get(h.toUserId)!;
    await tx.taskStep.update({
      where: { id: step.id },
      data: {
        ownerId: to.id,
        unitId: to.unitId,
        status: step.status === "PENDING" ? "PENDING" : "TODO",
        lastActivityAt: now,
        version: { increment: 1 },
      },
    });
    await recordTaskEvent(tx, {
      kind: "STEP_REASSIGNED",
      actorId,
      at: now,
      taskId: step.task.id,
      stepId: step.id,
      payload: { from: from.id, to: to.id, fromUnitId: step.unitId, toUnitId: to.unitId },
      reason,
    });
  }
  return open.length;
}
