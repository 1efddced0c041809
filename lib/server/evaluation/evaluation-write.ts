import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { isEvaluationPeriodKey } from "@/lib/domain/evaluation/evaluate-period";
import type { TEvaluationScheme } from "@/lib/domain/evaluation/evaluation-scheme";
import { mayAssessEvaluation, mayReadEvaluation } from "@/lib/domain/evaluation/evaluation-access";
import { periodFromKey } from "@/lib/domain/recurrence";
import type { TPeriod } from "@/lib/domain/recurrence/recurrence-rule";
import { msg } from "@/lib/i18n/message";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { fixSchemeOfPeriod } from "./evaluation-scheme-store";

type TTx = Prisma.TransactionClient;

export const evaluationSubjectSelect = {
  id: true,
  name: true,
  title: true,
  position: true,
  unitId: true,
  unit: { select: { id: true, name: true, path: true } },
} as const;

export const evaluationNotFound = () => new DomainError("NOT_FOUND", msg("errors.evaluationNotFound"));

/** A period key the evaluation reads, or the refusal that says which keys are (404 for a key that is no period). */
export function evaluationPeriodOf(key: string, scheme: TEvaluationScheme): TPeriod {
  let period: TPeriod;
  try {
    period = periodFromKey(key);
  } catch {
    throw evaluationNotFound();
  }
  if (!isEvaluationPeriodKey(key, scheme)) {
    const m = msg("errors.evaluationPeriodInvalid", { key, period: scheme.period });
    throw new DomainError("INVALID_INPUT", m, { period: [m] });
  }
  return period;
}

export type TEvaluationWrite = {
  tx: TTx;
  person: Prisma.UserGetPayload<{ select: typeof evaluationSubjectSelect }>;
  period: TPeriod;
  scheme: TEvaluationScheme;
  /** The person's evaluation for the period, locked (FOR UPDATE), or null when none was written yet. */
  evaluation: Prisma.EvaluationGetPayload<object> | null;
  /** Whether the actor may assess and approve this person. */
  mayAssess: boolean;
};

/**
 * The frame of every write of the assessment flow, in one transaction: the person (404 when they
 * do not exist or the actor may not read them), their row locked (FOR UPDATE, so that two writes
 * about one person's evaluations run one after the other on both stores), the period's scheme
 * fixed as the period's own from now on, the period checked against it, and the evaluation, if
 * any. A refusal inside `write` rolls all of it back: nothing changes, no event is written.
 */
export async function writeEvaluation<T>(
  actor: TActor,
  userId: string,
  periodKey: string,
  write: (w: TEvaluationWrite) => Promise<T>,
): Promise<T> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (locked.length === 0) throw evaluationNotFound();
    const person = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: evaluationSubjectSelect });
    const subject = { id: person.id, unitPath: person.unit.path, position: person.position };
    if (!mayReadEvaluation(actor, subject)) throw evaluationNotFound();
    const scheme = await fixSchemeOfPeriod(tx, periodKey);
    const period = evaluationPeriodOf(periodKey, scheme);
    const evaluation = await tx.evaluation.findUnique({ where: { userId_periodKey: { userId, periodKey } } });
    return write({ tx, person, period, scheme, evaluation, mayAssess: mayAssessEvaluation(actor, subject) });
  });
}

/** Refuses a write the actor may not make as an assessor: the person themself, TCCB, a colleague. */
export function assertAssessor(w: TEvaluationWrite) {
  if (!w.mayAssess) throw new DomainError("FORBIDDEN", msg("errors.evaluationNotAssessor"));
}

/** Refuses any change but a correction once the period's evaluation is approved (locked). */
export function assertNotLocked(w: TEvaluationWrite) {
  if (w.evaluation?.status === "APPROVED") {
    throw new DomainError("CONFLICT", msg("errors.evaluationLocked", { period: w.period.key }));
  }
}

/** The general criteria's points within the scheme's maximum. */
export function checkGeneralPoints(points: number, scheme: TEvaluationScheme) {
  if (points > scheme.generalPoints) {
    const m = msg("errors.evaluationGeneralTooHigh", { max: scheme.generalPoints });
    throw new DomainError("INVALID_INPUT", m, { generalPoints: [m] });
  }
}

/** Marks only for the period's products: a mark on anything else is a mistake the head should see. */
export function checkMarkedProducts(marks: Record<string, unknown>, productIds: ReadonlySet<string>) {
  const unknown = Object.keys(marks).find((id) => !productIds.has(id));
  if (unknown) {
    const m = msg("errors.evaluationUnknownProduct", { id: unknown });
    throw new DomainError("INVALID_INPUT", m, { marks: [m] });
  }
}
