import "server-only";
import { endOfLocalDay, startOfLocalDay } from "@/lib/domain/calendar";
import type { TEvaluationScheme } from "@/lib/domain/evaluation/evaluation-scheme";
import { manualProduct } from "@/lib/domain/evaluation/evaluate-period";
import { productsOfPeriod, type TPeriodProduct } from "@/lib/domain/evaluation/products-of-period";
import type { TPeriod } from "@/lib/domain/recurrence/recurrence-rule";
import type { Prisma } from "@/lib/server/db/prisma";

type TClient = Prisma.TransactionClient;

/** The instants a period covers: from its first local day's start to its last one's end. */
export function boundsOf(period: TPeriod) {
  return { from: startOfLocalDay(period.start), to: endOfLocalDay(period.end) };
}

/**
 * A person's products in a period, read from the tracker: the steps they owned that fell due or
 * were completed in it (tasks not cancelled), weighted by the task's own weight or the scheme's,
 * with the accepted explanations that exempt a delay; and the products they added by hand (all
 * of them, to show; only the confirmed ones count). Each product row keeps what the scorecard
 * shows beside it: the step and its task, or the added product and its evidence.
 */
export async function loadPeriodProducts(
  client: TClient,
  personId: string,
  period: TPeriod,
  scheme: TEvaluationScheme,
) {
  const bounds = boundsOf(period);
  const steps = await client.taskStep.findMany({
    where: {
      ownerId: personId,
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
      task: { select: { id: true, title: true, priority: true, evaluationWeight: true } },
    },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
  const accepted = await client.signal.findMany({
    where: {
      taskId: { in: [...new Set(steps.map((s) => s.task.id))] },
      stepId: { in: steps.map((s) => s.id) },
      answerStatus: "ACCEPTED",
      kind: "OVERDUE_NO_EXTENSION",
    },
    select: { id: true, stepId: true },
  });
  const explanationOf = new Map(accepted.map((s) => [s.stepId!, s.id]));
  const stepProducts = productsOfPeriod(
    steps.map((s) => ({
      id: s.id,
      kind: s.kind,
      priority: s.task.priority,
      explicitWeight: s.task.evaluationWeight,
      deadline: s.deadline,
      originalDeadline: s.originalDeadline,
      completedAt: s.completedAt,
      explanationAccepted: explanationOf.has(s.id),
    })),
    bounds,
    scheme,
  );
  const manual = await client.manualProduct.findMany({
    where: { userId: personId, periodKey: period.key },
    orderBy: [{ completedOn: "asc" }, { createdAt: "asc" }],
  });
  const stepOf = new Map(steps.map((s) => [s.id, s]));
  const confirmed = manual.filter((m) => m.status === "CONFIRMED");
  const products: TPeriodProduct[] = [...stepProducts, ...confirmed.map(manualProduct)];
  return {
    products,
    stepRows: stepProducts.map((p) => ({
      ...p,
      step: stepOf.get(p.id)!,
      explanationSignalId: explanationOf.get(p.id) ?? null,
    })),
    manual,
  };
}
export type TPeriodProducts = Awaited<ReturnType<typeof loadPeriodProducts>>;
