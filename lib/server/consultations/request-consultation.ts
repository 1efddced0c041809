import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import { endOfLocalDay } from "@/lib/domain/calendar";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRequestConsultation } from "@/lib/schemas/step-actions";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import {
  actingAs,
  eventActor,
  loadStepForAction,
  updateStepIfUnchanged,
} from "@/lib/server/steps/load-step-for-action";

/**
 * The owner of a step asks another unit or person for an opinion, with a response deadline
 * (a whole day: it runs to the end of that day in Asia/Ho_Chi_Minh).
 */
export async function requestConsultation(actor: TActor, input: TRequestConsultation, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "consult", now);
    const responseDeadline = endOfLocalDay(input.responseDeadline);
    if (responseDeadline.getTime() <= now.getTime())
      throw invalid("responseDeadline", msg("errors.consultationDeadlineNotFuture"));
    await assertTargetExists(tx, actingAs(actor, step), input);
    await updateStepIfUnchanged(tx, step, { lastActivityAt: now });
    const consultation = await tx.consultation.create({
      data: {
        stepId: step.id,
        requesterId: actingAs(actor, step).id,
        targetUnitId: input.targetUnitId ?? null,
        targetUserId: input.targetUserId ?? null,
        question: input.question,
        responseDeadline,
        createdAt: now,
      },
    });
    await recordTaskEvent(tx, {
      kind: "CONSULTATION_REQUESTED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      consultationId: consultation.id,
      payload: {
        targetUnitId: consultation.targetUnitId,
        targetUserId: consultation.targetUserId,
        responseDeadline: responseDeadline.toISOString(),
      },
    });
    return consultation;
  });
}

async function assertTargetExists(tx: Prisma.TransactionClient, actor: TActor, input: TRequestConsultation) {
  if (!!input.targetUnitId === !!input.targetUserId) throw invalid("targetUserId", msg("errors.consultationTargetOne"));
  if (input.targetUserId) {
    if (input.targetUserId === actor.id) throw invalid("targetUserId", msg("errors.consultationTargetSelf"));
    const user = await tx.user.findFirst({ where: { id: input.targetUserId, isActive: true }, select: { id: true } });
    if (!user) throw invalid("targetUserId", msg("errors.consultationTargetUserMissing"));
  } else {
    const unit = await tx.unit.findUnique({ where: { id: input.targetUnitId }, select: { id: true } });
    if (!unit) throw invalid("targetUnitId", msg("errors.consultationTargetUnitMissing"));
  }
}

function invalid(field: string, message: TMessage) {
  return new DomainError("INVALID_INPUT", message, { [field]: [message] });
}
