import type { TEvaluationScheme } from "./evaluation-scheme";

/**
 * One product (sản phẩm) a person was assigned in a period, as the scorecard reads it: its
 * weight, whether it was completed in the period, late or not, whether an accepted explanation
 * or an approved extension met by its new deadline exempts it from the timeliness deduction,
 * the head's quality judgement and the major errors they recorded (each with its reason,
 * outside this function), and whether one of them has an objective cause confirmed.
 */
export type TProduct = {
  id: string;
  weight: number;
  completed: boolean;
  late: boolean;
  /** An objective cause confirmed for the delay: no timeliness deduction. */
  lateExempt: boolean;
  /** Completed to the required quality, as the head marked it (null until marked: counted as met). */
  meetsQuality: boolean | null;
  majorErrors: number;
  /** Major errors with an objective cause confirmed: not deducted. */
  exemptErrors: number;
};

/** Each product's points in the three measures, in parts of its weight, and what was deducted and why. */
export type TProductScore = {
  id: string;
  weight: number;
  quantity: number;
  quality: number;
  timeliness: number;
  deductions: Array<{ kind: "LATE" | "MAJOR_ERROR"; part: number; exempt: boolean }>;
};

export type TTaskResult = {
  /** Out of scheme.taskPoints, to two decimals. */
  points: number;
  /** Each measure as a percentage of the assigned weight, to one decimal. */
  quantityPct: number;
  qualityPct: number;
  timelinessPct: number;
  products: TProductScore[];
};

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The task results of Decree 335: quantity, quality and timeliness, each the weighted share of
 * the assigned products that met it; a late product keeps (1 − lateDeduction) of its
 * timeliness, a major error costs majorErrorDeduction of the product's quality (never below
 * zero), unless its cause is confirmed objective. A product not completed earns nothing in any
 * measure. With nothing assigned the result is the full points: nobody loses points for work
 * they were not given (the head's general criteria still grade them).
 */
export function scoreProducts(products: readonly TProduct[], scheme: TEvaluationScheme): TTaskResult {
  const assigned = products.reduce((n, p) => n + p.weight, 0);
  const scored = products.map((p): TProductScore => {
    const deductions: TProductScore["deductions"] = [];
    if (!p.completed) return { id: p.id, weight: p.weight, quantity: 0, quality: 0, timeliness: 0, deductions };
    let timeliness = 1;
    if (p.late) {
      deductions.push({ kind: "LATE", part: scheme.lateDeduction, exempt: p.lateExempt });
      if (!p.lateExempt) timeliness -= scheme.lateDeduction;
    }
    let quality = p.meetsQuality === false ? 0 : 1;
    const counted = Math.max(0, p.majorErrors - p.exemptErrors);
    for (let i = 0; i < p.majorErrors; i++) {
      deductions.push({ kind: "MAJOR_ERROR", part: scheme.majorErrorDeduction, exempt: i >= counted });
    }
    quality = Math.max(0, quality - counted * scheme.majorErrorDeduction);
    return { id: p.id, weight: p.weight, quantity: 1, quality, timeliness: Math.max(0, timeliness), deductions };
  });
  const sum = (measure: "quantity" | "quality" | "timeliness") => scored.reduce((n, p) => n + p[measure] * p.weight, 0);
  return {
    ...resultOfSums(
      { assigned, quantity: sum("quantity"), quality: sum("quality"), timeliness: sum("timeliness") },
      scheme,
    ),
    products: scored,
  };
}

/**
 * The weights summed over a person's (or a unit's) products: assigned, and each measure's
 * weighted points. The SQL of the unit and sector tables sums the same, so both paths end in
 * resultOfSums and agree to the rounding.
 */
export type TProductSums = { assigned: number; quantity: number; quality: number; timeliness: number };

/** The task result of summed products: each measure as a share of the assigned weight. */
export function resultOfSums(sums: TProductSums, scheme: TEvaluationScheme): Omit<TTaskResult, "products"> {
  if (sums.assigned === 0) return { points: scheme.taskPoints, quantityPct: 100, qualityPct: 100, timelinessPct: 100 };
  const [quantity, quality, timeliness] = [sums.quantity, sums.quality, sums.timeliness].map((n) => n / sums.assigned);
  const { shares } = scheme;
  const points =
    scheme.taskPoints * (shares.quantity * quantity! + shares.quality * quality! + shares.timeliness * timeliness!);
  return {
    points: round(points, 2),
    quantityPct: round(quantity! * 100, 1),
    qualityPct: round(quality! * 100, 1),
    timelinessPct: round(timeliness! * 100, 1),
  };
}

export type TGrade = "EXCELLENT" | "GOOD" | "COMPLETED" | "NOT_COMPLETED";

/** The grade of a total under the scheme's thresholds (Decree 335: ≥ 90, 70–89, 50–69, < 50). */
export function gradeOf(total: number, scheme: TEvaluationScheme): TGrade {
  if (total >= scheme.thresholds.excellent) return "EXCELLENT";
  if (total >= scheme.thresholds.good) return "GOOD";
  if (total >= scheme.thresholds.completed) return "COMPLETED";
  return "NOT_COMPLETED";
}

/**
 * Whether a unit's grades break the cap: those graded excellent may be at most
 * excellentCapOfGood of those graded good. Returns how many excellent grades the cap allows,
 * so the warning can say by how many it is exceeded.
 */
export function excellentCap(grades: readonly TGrade[], scheme: TEvaluationScheme) {
  const good = grades.filter((g) => g === "GOOD").length;
  const excellent = grades.filter((g) => g === "EXCELLENT").length;
  const allowed = Math.floor(good * scheme.excellentCapOfGood + 1e-9);
  return { excellent, good, allowed, exceeded: excellent > allowed };
}
