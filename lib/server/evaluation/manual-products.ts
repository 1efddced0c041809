import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import type { TManualProduct } from "@/lib/schemas/evaluations";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { assertAssessor, assertNotLocked, evaluationNotFound, writeEvaluation } from "./evaluation-write";

/**
 * A product the tracker does not hold, added by its person for a period not yet locked, with its
 * evidence; it counts once their head confirms it.
 */
export async function addManualProduct(
  actor: TActor,
  userId: string,
  periodKey: string,
  input: TManualProduct,
  now: Date,
) {
  return writeEvaluation(actor, userId, periodKey, async (w) => {
    if (actor.id !== w.person.id) throw new DomainError("FORBIDDEN", msg("errors.evaluationSelfOnly"));
    assertNotLocked(w);
    if (input.completedOn < w.period.start || input.completedOn > w.period.end) {
      const m = msg("errors.manualProductOutsidePeriod", { day: input.completedOn, period: w.period.key });
      throw new DomainError("INVALID_INPUT", m, { completedOn: [m] });
    }
    const product = await w.tx.manualProduct.create({
      data: {
        userId,
        periodKey,
        description: input.description,
        evidenceUrl: input.evidenceUrl,
        evidenceNote: input.evidenceNote,
        weight: input.weight,
        completedOn: new Date(`${input.completedOn}T00:00:00Z`),
        createdAt: now,
      },
    });
    await recordEvent(w.tx, {
      kind: "EVALUATION_PRODUCT_ADDED",
      actorId: actor.id,
      at: now,
      payload: { productId: product.id, userId, periodKey, weight: input.weight },
    });
    return product;
  });
}

/** The head confirms or refuses a product added by hand, once, before the period is locked. */
export async function reviewManualProduct(
  actor: TActor,
  productId: string,
  input: { confirmed: boolean; note: string },
  now: Date,
) {
  const found = await db.manualProduct.findUnique({
    where: { id: productId },
    select: { userId: true, periodKey: true },
  });
  if (!found) throw evaluationNotFound();
  return writeEvaluation(actor, found.userId, found.periodKey, async (w) => {
    assertAssessor(w);
    assertNotLocked(w);
    const product = await w.tx.manualProduct.findUniqueOrThrow({ where: { id: productId } });
    if (product.status !== "PROPOSED") throw new DomainError("CONFLICT", msg("errors.manualProductReviewed"));
    const reviewed = await w.tx.manualProduct.update({
      where: { id: productId },
      data: {
        status: input.confirmed ? "CONFIRMED" : "REFUSED",
        reviewerId: actor.id,
        reviewedAt: now,
        reviewNote: input.note || null,
      },
    });
    await recordEvent(w.tx, {
      kind: "EVALUATION_PRODUCT_REVIEWED",
      actorId: actor.id,
      at: now,
      reason: input.note || null,
      payload: { productId, userId: product.userId, periodKey: product.periodKey, confirmed: input.confirmed },
    });
    return reviewed;
  });
}
