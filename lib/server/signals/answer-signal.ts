import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TAnswerSignal } from "@/lib/schemas/signal";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { canAnswerSignal } from "./signal-answer-rules";
import { loadSignalInScope } from "./load-signal-in-scope";

/**
 * The person concerned explains a signal (giải trình). A new explanation after a refusal, or
 * before the head has ruled, is added to the history, never overwrites one; the latest is
 * the one the head rules on. The answer, the status and its event are one transaction.
 */
export async function answerSignal(actor: TActor, input: TAnswerSignal, now: Date) {
  return db.$transaction(async (tx) => {
    const signal = await loadSignalInScope(tx, actor, input.signalId);
    const ruling = canAnswerSignal(actor, { ...signal, unitPath: signal.unit.path });
    if (!ruling.ok) throw new DomainError(ruling.code, ruling.message);
    // Guarded write: a head accepting at the same moment wins, and this answer is refused.
    const { count } = await tx.signal.updateMany({
      where: { id: signal.id, answerStatus: { not: "ACCEPTED" } },
      data: { answerStatus: "ANSWERED" },
    });
    if (count !== 1) throw new DomainError("CONFLICT", msg("domain.signalAnswers.justReviewed"));
    const answer = await tx.signalAnswer.create({
      data: {
        signalId: signal.id,
        authorId: actor.id,
        explanation: input.explanation,
        createdAt: now,
        decision: "ANSWERED",
      },
    });
    await recordEvent(tx, {
      kind: "SIGNAL_ANSWERED",
      actorId: actor.id,
      at: now,
      taskId: signal.taskId,
      stepId: signal.stepId ?? undefined,
      payload: { signalId: signal.id, key: signal.key, kind: signal.kind, answerId: answer.id },
    });
    return answer;
  });
}
