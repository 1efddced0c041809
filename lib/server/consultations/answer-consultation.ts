import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TAnswerConsultation } from "@/lib/schemas/step-actions";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadConsultationInScope } from "./load-consultation-in-scope";

/**
 * The consulted person (or, for a unit, any active member of it) answers with a clear
 * position. The answer is written only while none exists, so of two simultaneous answers
 * exactly one is kept; an answer after the response deadline is recorded as late.
 */
export async function answerConsultation(actor: TActor, input: TAnswerConsultation, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const consultation = await loadConsultationInScope(tx, actor, input.consultationId);
    const onBehalfOfId = await assertMayAnswer(tx, actor, consultation);
    if (consultation.answeredAt) throw new DomainError("INVALID_STATE", msg("errors.consultationAlreadyAnswered"));
    const { count } = await tx.consultation.updateMany({
      where: { id: consultation.id, answeredAt: null },
      data: { answer: input.answer, position: input.position, answeredById: onBehalfOfId ?? actor.id, answeredAt: now },
    });
    if (count !== 1) throw new DomainError("CONFLICT", msg("errors.consultationJustAnswered"));
    const late = now.getTime() > consultation.responseDeadline.getTime();
    await recordTaskEvent(tx, {
      kind: "CONSULTATION_ANSWERED",
      actorId: actor.id,
      onBehalfOfId,
      at: now,
      taskId: consultation.step.taskId,
      stepId: consultation.stepId,
      consultationId: consultation.id,
      payload: { position: input.position, late },
    });
    return tx.consultation.findUniqueOrThrow({ where: { id: consultation.id } });
  });
}

/**
 * Who may answer, and for whom: the consulted person, or their deputy during a delegation
 * (the answer is then the principal's, answeredById, and the event names both); for a unit,
 * any active member. Returns the principal when a deputy answers, else null.
 */
async function assertMayAnswer(
  tx: Prisma.TransactionClient,
  actor: TActor,
  c: { requesterId: string; targetUserId: string | null; targetUnitId: string | null },
): Promise<string | null> {
  const forbidden = new DomainError("FORBIDDEN", msg("errors.consultationAnswerTargetOnly"));
  if (c.requesterId === actor.id) throw forbidden;
  if (c.targetUserId) {
    if (c.targetUserId === actor.id) return null;
    // Nobody answers, as a deputy, a question they asked themselves or their principal asked.
    const grant = (actor.deputyFor ?? []).find((g) => g.principal.id === c.targetUserId);
    if (!grant || c.requesterId === grant.principal.id) throw forbidden;
    return grant.principal.id;
  }
  if (!c.targetUnitId) throw forbidden;
  // Membership and activity come from the database row, not from the session's copy.
  const member = await tx.user.findFirst({
    where: { id: actor.id, isActive: true, unitId: c.targetUnitId },
    select: { id: true },
  });
  if (!member) throw forbidden;
  return null;
}
