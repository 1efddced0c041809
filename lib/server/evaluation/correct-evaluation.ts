import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import type { TCorrection } from "@/lib/schemas/evaluations";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { resultOf, type TFrozenProducts } from "./compute-evaluation";
import { assertAssessor, checkGeneralPoints, checkMarkedProducts, writeEvaluation } from "./evaluation-write";

/**
 * A correction of a locked period, by the competent person, with its reason: new general points
 * and marks over the products as they were frozen at approval (the tracker's later changes do
 * not reach a locked period). The total and grade before and after are in its event, which the
 * scorecard's history shows.
 */
export async function correctEvaluation(
  actor: TActor,
  userId: string,
  periodKey: string,
  input: TCorrection,
  now: Date,
) {
  return writeEvaluation(actor, userId, periodKey, async (w) => {
    assertAssessor(w);
    const ev = w.evaluation;
    if (!ev || ev.status !== "APPROVED") throw new DomainError("INVALID_STATE", msg("errors.evaluationNotLocked"));
    checkGeneralPoints(input.generalPoints, w.scheme);
    const frozen = ev.frozen as TFrozenProducts;
    checkMarkedProducts(input.marks, new Set(frozen.rows.map((r) => r.product.id)));
    const result = resultOf(frozen, input.marks, input.generalPoints, w.scheme);
    const evaluation = await w.tx.evaluation.update({
      where: { id: ev.id },
      data: {
        generalPoints: input.generalPoints,
        marks: input.marks,
        taskPoints: result.taskPoints,
        total: result.total,
        grade: result.grade,
        version: { increment: 1 },
      },
    });
    await recordEvent(w.tx, {
      kind: "EVALUATION_CORRECTED",
      actorId: actor.id,
      at: now,
      reason: input.reason,
      payload: {
        evaluationId: ev.id,
        userId,
        periodKey,
        before: { total: ev.total!, grade: ev.grade!, generalPoints: ev.generalPoints! },
        after: { total: result.total!, grade: result.grade!, generalPoints: input.generalPoints },
        marks: input.marks,
      },
    });
    return evaluation;
  });
}
