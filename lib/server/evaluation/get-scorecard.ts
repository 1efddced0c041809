import "server-only";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";
import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { endOfLocalDay, startOfLocalDay } from "@/lib/domain/calendar";
import { DECREE_335_SCHEME } from "@/lib/domain/evaluation/evaluation-scheme";
import { productsOfPeriod } from "@/lib/domain/evaluation/products-of-period";
import { scoreProducts } from "@/lib/domain/evaluation/score-products";
import { periodFromKey } from "@/lib/domain/recurrence";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

const notFound = () => new DomainError("NOT_FOUND", msg("errors.scorecardNotFound"));

/**
 * A person's provisional scorecard for a period ("2026-11", "2026-Q4", "2026"): the products
 * the tracker holds for them (the steps they owned that fell due or were completed in it), each
 * weighted, with its deductions and exemptions, and the task results under Decree 335's scheme.
 * Provisional: the head's quality marks, major errors and general criteria come with the
 * assessment. The person sees their own, a head the people of their tree, the sector-wide roles
 * everyone; anyone else gets 404, as for a person who does not exist.
 */
export async function getScorecard(actor: TActor, userId: string, periodKey: string) {
  let period;
  try {
    period = periodFromKey(periodKey);
  } catch {
    throw notFound();
  }
  const person = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, title: true, unit: { select: { id: true, name: true, path: true } } },
  });
  if (!person) throw notFound();
  const mayRead =
    actor.id === person.id ||
    hasSectorWideView(actor) ||
    (isUnitHead(actor) && isWithinUnit(person.unit.path, actor.unitPath));
  if (!mayRead) throw notFound();
  const bounds = { from: startOfLocalDay(period.start), to: endOfLocalDay(period.end) };
  const steps = await db.taskStep.findMany({
    where: {
      ownerId: person.id,
      task: { status: { not: "CANCELLED" } },
      OR: [{ completedAt: { gte: bounds.from, lte: bounds.to } }, { deadline: { gte: bounds.from, lte: bounds.to } }],
    },
    select: {
      id: true,
      name: true,
      kind: true,
      deadline: true,
      originalDeadline: true,
      completedAt: true,
      task: { select: { id: true, title: true, priority: true } },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
  const accepted = await db.signal.findMany({
    where: { stepId: { in: steps.map((s) => s.id) }, answerStatus: "ACCEPTED", kind: "OVERDUE_NO_EXTENSION" },
    select: { id: true, stepId: true },
  });
  const explanationOf = new Map(accepted.map((s) => [s.stepId!, s.id]));
  const scheme = DECREE_335_SCHEME;
  const products = productsOfPeriod(
    steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      priority: s.task.priority,
      explicitWeight: null,
      deadline: s.deadline,
      originalDeadline: s.originalDeadline,
      completedAt: s.completedAt,
      explanationAccepted: explanationOf.has(s.id),
    })),
    bounds,
    scheme,
  );
  const result = scoreProducts(products, scheme);
  const stepOf = new Map(steps.map((s) => [s.id, s]));
  return {
    person,
    period,
    scheme,
    result,
    rows: products.map((p, i) => ({
      ...p,
      score: result.products[i],
      step: stepOf.get(p.id)!,
      explanationSignalId: explanationOf.get(p.id) ?? null,
    })),
  };
}
export type TScorecard = Awaited<ReturnType<typeof getScorecard>>;
