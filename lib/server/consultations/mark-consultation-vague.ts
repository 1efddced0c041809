import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TMarkConsultationVague } from "@/lib/schemas/step-actions";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadConsultationInScope } from "./load-consultation-in-scope";

/**
 * The person who asked marks an answer as vague or evasive (chung chung, né tránh), with a
 * reason. The mark feeds the "answered vaguely" signal against whoever answered.
 */
export async function markConsultationVague(actor: TActor, input: TMarkConsultationVague, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const consultation = await loadConsultationInScope(tx, actor, input.consultationId);
    if (consultation.requesterId !== actor.id) {
      throw new DomainError("FORBIDDEN", msg("errors.consultationMarkVagueRequesterOnly"));
    }
    if (!consultation.answeredAt) throw new DomainError("INVALID_STATE", msg("errors.consultationNotAnswered"));
    if (consultation.isVague) throw new DomainError("INVALID_STATE", msg("errors.consultationAlreadyVague"));
    const { count } = await tx.consultation.updateMany({
      where: { id: consultation.id, isVague: false, answeredAt: { not: null } },
      data: { isVague: true, vagueReason: input.reason, markedVagueAt: now },
    });
    if (count !== 1) throw new DomainError("CONFLICT", msg("errors.consultationJustUpdated"));
    await recordTaskEvent(tx, {
      kind: "CONSULTATION_MARKED_VAGUE",
      actorId: actor.id,
      at: now,
      taskId: consultation.step.taskId,
      stepId: consultation.stepId,
      consultationId: consultation.id,
      payload: { answeredById: consultation.answeredById },
      reason: input.reason,
    });
    return tx.consultation.findUniqueOrThrow({ where: { id: consultation.id } });
  });
}
