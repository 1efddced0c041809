import "server-only";
import type { TEvaluationScheme } from "@/lib/domain/evaluation/evaluation-scheme";
import { evaluatePeriod, isManagerPosition } from "@/lib/domain/evaluation/evaluate-period";
import type { TPeriodProduct } from "@/lib/domain/evaluation/products-of-period";
import { resultOfSums } from "@/lib/domain/evaluation/score-products";
import type { TPeriod } from "@/lib/domain/recurrence/recurrence-rule";
import { ZProductMarks, type TProductMarks } from "@/lib/schemas/evaluations";
import type { Prisma } from "@/lib/server/db/prisma";
import { loadPeriodProducts } from "./load-period-products";
import { addSums, sumProductsByPerson } from "./sum-products-sql";

type TClient = Prisma.TransactionClient;

/** What the scorecard shows beside a product: its step and task, or the product added by hand. */
export type TProductSource =
  | {
      kind: "STEP";
      name: string;
      taskId: string;
      taskTitle: string;
      deadline: string;
      originalDeadline: string;
      completedAt: string | null;
      explanationSignalId: string | null;
    }
  | {
      kind: "MANUAL";
      description: string;
      evidenceUrl: string | null;
      evidenceNote: string | null;
      completedOn: string;
    };

/** The products of a period as an approval freezes them (Evaluation.frozen): read back as they were. */
export type TFrozenProducts = {
  rows: Array<{ product: TPeriodProduct; source: TProductSource }>;
  /** A manager's unit task points when approved, else null. */
  unitPoints: number | null;
};

type TSubject = { id: string; position: string; unit: { path: string } };

/**
 * The products of a person's period, live from the tracker: their own, and for a manager the
 * task result of their unit's tree (everyone's products summed, as the unit table sums them).
 */
export async function liveProducts(
  client: TClient,
  person: TSubject,
  period: TPeriod,
  scheme: TEvaluationScheme,
): Promise<TFrozenProducts> {
  const loaded = await loadPeriodProducts(client, person.id, period, scheme);
  const rows: TFrozenProducts["rows"] = loaded.stepRows.map(({ step, explanationSignalId, ...product }) => ({
    product,
    source: {
      kind: "STEP",
      name: step.name,
      taskId: step.task.id,
      taskTitle: step.task.title,
      deadline: step.deadline.toISOString(),
      originalDeadline: step.originalDeadline.toISOString(),
      completedAt: step.completedAt?.toISOString() ?? null,
      explanationSignalId,
    },
  }));
  const manualOf = new Map(loaded.manual.map((m) => [m.id, m]));
  for (const product of loaded.products.slice(loaded.stepRows.length)) {
    const m = manualOf.get(product.id)!;
    rows.push({
      product,
      source: {
        kind: "MANUAL",
        description: m.description,
        evidenceUrl: m.evidenceUrl,
        evidenceNote: m.evidenceNote,
        completedOn: m.completedOn.toISOString().slice(0, 10),
      },
    });
  }
  let unitPoints: number | null = null;
  if (isManagerPosition(person.position)) {
    const sums = await sumProductsByPerson(client, { unitPath: person.unit.path }, period, scheme);
    unitPoints = resultOfSums(addSums(sums.values()), scheme).points;
  }
  return { rows, unitPoints };
}

/** The result of a period from its products (live or frozen), the head's marks and the general points. */
export function resultOf(
  products: TFrozenProducts,
  marks: TProductMarks,
  generalPoints: number | null,
  scheme: TEvaluationScheme,
) {
  return evaluatePeriod({
    products: products.rows.map((r) => r.product),
    marks,
    generalPoints,
    unitPoints: products.unitPoints,
    scheme,
  });
}

/** The marks stored on an evaluation (checked as they were when written). */
export function marksOf(evaluation: { marks: unknown } | null): TProductMarks {
  return evaluation ? ZProductMarks.parse(evaluation.marks) : {};
}
