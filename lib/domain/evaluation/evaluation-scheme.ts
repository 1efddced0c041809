import type { priorities } from "@/lib/schemas/priorities";
import type { stepKinds } from "@/lib/schemas/step-kinds";

type TPriority = (typeof priorities)[number];
type TStepKind = (typeof stepKinds)[number];

/**
 * How a period is scored: configuration, not code, since public employees (viên chức) and
 * other bodies score in their own way. Each period keeps the scheme it was scored with, so a
 * past result never changes when the scheme does. Decree 335/2025/NĐ-CP's is the default.
 */
export type TEvaluationScheme = {
  /** The points of the general criteria (political qualities, ethics, discipline…), entered by the evaluator. */
  generalPoints: number;
  /** The points of the task results, from the products assigned and completed. */
  taskPoints: number;
  /**
   * How the task points divide between the three measures of Decree 335: quantity (completed
   * / assigned), quality (completed to the required quality / assigned) and timeliness
   * (completed on time / assigned), each converted by the products' weights. They sum to 1.
   */
  shares: { quantity: number; quality: number; timeliness: number };
  /** Each late product loses this part of its timeliness points (Decree 335: 25%). */
  lateDeduction: number;
  /** Each major quality error loses this part of the product's quality points (Decree 335: 25%). */
  majorErrorDeduction: number;
  /** Lowest totals of each grade, highest first; below the last is "không hoàn thành". */
  thresholds: { excellent: number; good: number; completed: number };
  /** In a unit, those graded excellent may be at most this share of those graded good (Decree 335: 20%). */
  excellentCapOfGood: number;
  /**
   * A manager's task points blend their own products' result with their unit's (Decree 335 scores
   * managers on the unit they lead, its results and on-time rate): this share is the unit's.
   */
  managerUnitShare: number;
  /** The weight (quy đổi) of a product by its step kind and its directive's priority; a weight set on the task wins. */
  weights: { stepKind: Record<TStepKind, number>; priority: Record<TPriority, number> };
  period: "MONTH" | "QUARTER";
};

/** Decree 335/2025/NĐ-CP: 30 + 70 points, 25% per late product or major error, 90/70/50, 20% of "good". */
export const DECREE_335_SCHEME: TEvaluationScheme = {
  generalPoints: 30,
  taskPoints: 70,
  shares: { quantity: 1 / 3, quality: 1 / 3, timeliness: 1 / 3 },
  lateDeduction: 0.25,
  majorErrorDeduction: 0.25,
  thresholds: { excellent: 90, good: 70, completed: 50 },
  excellentCapOfGood: 0.2,
  managerUnitShare: 0.5,
  weights: {
    stepKind: { RECEIVE: 0.5, HANDLE: 1, CONSULT: 0.5, SUBMIT: 0.5, APPROVE: 1, ISSUE: 0.5 },
    priority: { LOW: 0.8, NORMAL: 1, HIGH: 1.2, URGENT: 1.5 },
  },
  period: "MONTH",
};
