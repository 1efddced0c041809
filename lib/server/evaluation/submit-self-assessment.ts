import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import type { TSelfAssessment } from "@/lib/schemas/evaluations";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { assertNotLocked, checkGeneralPoints, writeEvaluation } from "./evaluation-write";

/**
 * The person's self-assessment for a period: what they did and the general points they propose.
 * Only the person writes it, as often as they like until the period is approved; a head who
 * already assessed keeps their assessment (the status stays ASSESSED).
 */
export async function submitSelfAssessment(
  actor: TActor,
  userId: string,
  periodKey: string,
  input: TSelfAssessment,
  now: Date,
) {
  return writeEvaluation(actor, userId, periodKey, async (w) => {
    if (actor.id !== w.person.id) throw new DomainError("FORBIDDEN", msg("errors.evaluationSelfOnly"));
    assertNotLocked(w);
    checkGeneralPoints(input.generalPoints, w.scheme);
    const data = { selfSummary: input.summary, selfGeneralPoints: input.generalPoints, selfAssessedAt: now };
    const evaluation = w.evaluation
      ? await w.tx.evaluation.update({ where: { id: w.evaluation.id }, data: { ...data, version: { increment: 1 } } })
      : await w.tx.evaluation.create({
          data: { userId, periodKey, unitId: w.person.unitId, status: "SELF_ASSESSED", ...data },
        });
    await recordEvent(w.tx, {
      kind: "EVALUATION_SELF_ASSESSED",
      actorId: actor.id,
      at: now,
      payload: { evaluationId: evaluation.id, userId, periodKey, selfGeneralPoints: input.generalPoints },
    });
    return evaluation;
  });
}
