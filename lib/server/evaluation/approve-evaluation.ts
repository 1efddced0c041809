import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { msg } from "@/lib/i18n/message";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { liveProducts, marksOf, resultOf } from "./compute-evaluation";
import { assertAssessor, writeEvaluation } from "./evaluation-write";

/**
 * The competent person approves an assessed period once it is over, which locks it: the
 * products are read one last time and frozen with the result (Evaluation.frozen), so the
 * period reads the same forever; only a correction changes it after this. Approving twice is
 * refused. Marks on products that left the period since the assessment (a cancelled task) are
 * dropped with them.
 */
export async function approveEvaluation(actor: TActor, userId: string, periodKey: string, note: string, now: Date) {
  return writeEvaluation(actor, userId, periodKey, async (w) => {
    assertAssessor(w);
    const ev = w.evaluation;
    if (ev?.status === "APPROVED") {
      throw new DomainError("CONFLICT", msg("errors.evaluationAlreadyApproved", { day: localDateOf(ev.approvedAt!) }));
    }
    if (!ev || ev.status !== "ASSESSED" || ev.generalPoints === null) {
      throw new DomainError("INVALID_STATE", msg("errors.evaluationNotAssessed"));
    }
    if (localDateOf(now) <= w.period.end) {
      throw new DomainError(
        "INVALID_STATE",
        msg("errors.evaluationPeriodNotOver", { period: w.period.key, end: w.period.end }),
      );
    }
    const products = await liveProducts(w.tx, w.person, w.period, w.scheme);
    const ids = new Set(products.rows.map((r) => r.product.id));
    const marks = Object.fromEntries(Object.entries(marksOf(ev)).filter(([id]) => ids.has(id)));
    const result = resultOf(products, marks, ev.generalPoints, w.scheme);
    const evaluation = await w.tx.evaluation.update({
      where: { id: ev.id },
      data: {
        status: "APPROVED",
        marks,
        approverId: actor.id,
        approvedAt: now,
        taskPoints: result.taskPoints,
        total: result.total,
        grade: result.grade,
        frozen: products,
        version: { increment: 1 },
      },
    });
    await recordEvent(w.tx, {
      kind: "EVALUATION_APPROVED",
      actorId: actor.id,
      at: now,
      reason: note || null,
      payload: { evaluationId: ev.id, userId, periodKey, total: result.total!, grade: result.grade! },
    });
    return evaluation;
  });
}
