import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TAssessment } from "@/lib/schemas/evaluations";
import { recordEvent } from "@/lib/server/events/record-event";
import { liveProducts, resultOf } from "./compute-evaluation";
import {
  assertAssessor,
  assertNotLocked,
  checkGeneralPoints,
  checkMarkedProducts,
  writeEvaluation,
} from "./evaluation-write";

/**
 * The head's assessment of a person's period: the general criteria's points, a quality mark and
 * the major errors (each with its reason, and an objective cause when confirmed) per product, a
 * note. It can be made again until approval; each time the result is computed from the live
 * products and kept on the row, with an EVALUATION_ASSESSED event.
 */
export async function assessEvaluation(
  actor: TActor,
  userId: string,
  periodKey: string,
  input: TAssessment,
  now: Date,
) {
  return writeEvaluation(actor, userId, periodKey, async (w) => {
    assertAssessor(w);
    assertNotLocked(w);
    checkGeneralPoints(input.generalPoints, w.scheme);
    const products = await liveProducts(w.tx, w.person, w.period, w.scheme);
    checkMarkedProducts(input.marks, new Set(products.rows.map((r) => r.product.id)));
    const result = resultOf(products, input.marks, input.generalPoints, w.scheme);
    const data = {
      status: "ASSESSED" as const,
      generalPoints: input.generalPoints,
      marks: input.marks,
      assessmentNote: input.note || null,
      assessorId: actor.id,
      assessedAt: now,
      taskPoints: result.taskPoints,
      total: result.total,
      grade: result.grade,
    };
    const evaluation = w.evaluation
      ? await w.tx.evaluation.update({ where: { id: w.evaluation.id }, data: { ...data, version: { increment: 1 } } })
      : await w.tx.evaluation.create({ data: { userId, periodKey, unitId: w.person.unitId, ...data } });
    await recordEvent(w.tx, {
      kind: "EVALUATION_ASSESSED",
      actorId: actor.id,
      at: now,
      reason: input.note || null,
      payload: {
        evaluationId: evaluation.id,
        userId,
        periodKey,
        generalPoints: input.generalPoints,
        taskPoints: result.taskPoints,
        total: result.total!,
        grade: result.grade!,
        marks: input.marks,
      },
    });
    return evaluation;
  });
}
