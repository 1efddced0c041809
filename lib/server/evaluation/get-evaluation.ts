import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { mayAssessEvaluation, mayReadEvaluation } from "@/lib/domain/evaluation/evaluation-access";
import { isEvaluationPeriodKey } from "@/lib/domain/evaluation/evaluate-period";
import { periodFromKey } from "@/lib/domain/recurrence";
import { db } from "@/lib/server/db/prisma";
import { liveProducts, marksOf, resultOf, type TFrozenProducts } from "./compute-evaluation";
import { schemeOfPeriod } from "./evaluation-scheme-store";
import { evaluationNotFound, evaluationSubjectSelect } from "./evaluation-write";

const who = { select: { id: true, name: true } } as const;

/**
 * A person's evaluation for a period ("2026-11", or "2026-Q4" under a quarterly scheme): the
 * products (live from the tracker until approval, frozen after), each with its weight, its
 * deductions and exemptions, the head's marks, the task points (a manager's blended with their
 * unit's), the general criteria, the total and the grade; the products added by hand; the
 * self-assessment, the assessment, the approval and the corrections; and what the actor may do
 * next. The person reads their own, a head the people of their tree, the sector-wide roles
 * everyone; anyone else gets 404, as for a person who does not exist.
 */
export async function getEvaluation(actor: TActor, userId: string, periodKey: string, now: Date) {
  let period;
  try {
    period = periodFromKey(periodKey);
  } catch {
    throw evaluationNotFound();
  }
  const person = await db.user.findUnique({ where: { id: userId }, select: evaluationSubjectSelect });
  if (!person) throw evaluationNotFound();
  const subject = { id: person.id, unitPath: person.unit.path, position: person.position };
  if (!mayReadEvaluation(actor, subject)) throw evaluationNotFound();
  const [scheme, evaluation, manual] = await Promise.all([
    schemeOfPeriod(db, periodKey),
    db.evaluation.findUnique({
      where: { userId_periodKey: { userId, periodKey } },
      include: { assessor: who, approver: who },
    }),
    db.manualProduct.findMany({
      where: { userId, periodKey },
      include: { reviewer: who },
      orderBy: [{ completedOn: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const locked = evaluation?.status === "APPROVED";
  const products = locked ? (evaluation.frozen as TFrozenProducts) : await liveProducts(db, person, period, scheme);
  const marks = marksOf(evaluation);
  const result = resultOf(products, marks, evaluation?.generalPoints ?? null, scheme);
  const corrections = evaluation
    ? await db.event.findMany({
        where: { kind: "EVALUATION_CORRECTED", payload: { path: ["evaluationId"], equals: evaluation.id } },
        select: { id: true, at: true, reason: true, payload: true, actor: who },
        orderBy: { seq: "asc" },
      })
    : [];
  const isPeriod = isEvaluationPeriodKey(periodKey, scheme);
  const assessor = mayAssessEvaluation(actor, subject);
  const over = localDateOf(now) > period.end;
  return {
    person,
    period,
    scheme,
    evaluation,
    isEvaluationPeriod: isPeriod,
    locked,
    rows: products.rows.map((r, i) => ({ ...r, score: result.own.products[i]!, mark: marks[r.product.id] ?? null })),
    unitPoints: products.unitPoints,
    result,
    manual,
    corrections,
    may: {
      selfAssess: isPeriod && !locked && actor.id === person.id,
      addProduct: isPeriod && !locked && actor.id === person.id,
      assess: isPeriod && !locked && assessor,
      reviewProducts: isPeriod && !locked && assessor,
      approve: isPeriod && assessor && evaluation?.status === "ASSESSED" && over,
      correct: assessor && locked,
    },
    periodOver: over,
  };
}
export type TEvaluationView = Awaited<ReturnType<typeof getEvaluation>>;
