import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TReviewSignalAnswer } from "@/lib/schemas/signal";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { canReviewSignalAnswer } from "./signal-answer-rules";
import { loadSignalInScope } from "./load-signal-in-scope";

const CHANGED = msg("domain.signalAnswers.changed");

/**
 * A head rules on the pending explanation of a signal in their unit tree. Accepted as an
 * objective cause: the signal stays listed (it is evidence) but stops counting against the
 * person. Rejected: it keeps counting, and the person may explain again.
 */
export async function reviewSignalAnswer(actor: TActor, input: TReviewSignalAnswer, now: Date) {
  return db.$transaction(async (tx) => {
    const signal = await loadSignalInScope(tx, actor, input.signalId);
    const ruling = canReviewSignalAnswer(actor, { ...signal, unitPath: signal.unit.path });
    if (!ruling.ok) throw new DomainError(ruling.code, ruling.message);
    const pending = await tx.signalAnswer.findFirst({
      where: { signalId: signal.id, decision: "ANSWERED" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    if (!pending) throw new DomainError("INVALID_STATE", msg("domain.signalAnswers.nothingPending"));

    const decision = input.accept ? "ACCEPTED" : "REJECTED";
    const { count } = await tx.signal.updateMany({
      where: { id: signal.id, answerStatus: "ANSWERED" },
      data: { answerStatus: decision, ...(input.accept ? { countsAgainstPerson: false } : {}) },
    });
    if (count !== 1) throw new DomainError("CONFLICT", CHANGED);
    const note = input.note || null;
    // Every explanation still pending is ruled on together: the head read the latest.
    await tx.signalAnswer.updateMany({
      where: { signalId: signal.id, decision: "ANSWERED" },
      data: { decision, reviewedById: actor.id, reviewedAt: now, reviewNote: note },
    });
    await recordEvent(tx, {
      kind: input.accept ? "SIGNAL_ANSWER_ACCEPTED" : "SIGNAL_ANSWER_REJECTED",
      actorId: actor.id,
      at: now,
      taskId: signal.taskId,
      stepId: signal.stepId ?? undefined,
      payload: {
        signalId: signal.id,
        key: signal.key,
        kind: signal.kind,
        answerId: pending.id,
        subjectUserId: signal.subjectUserId,
      },
      reason: note,
    });
    return tx.signal.findUniqueOrThrow({ where: { id: signal.id } });
  });
}
