import type { TProductMarks } from "@/lib/schemas/evaluations";
import type { TEvaluationScheme } from "./evaluation-scheme";
import type { TPeriodProduct } from "./products-of-period";
import { gradeOf, scoreProducts, type TGrade, type TTaskResult } from "./score-products";

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The products with the head's judgement on them: a quality mark (not met: no quality point)
 * and the major errors, of which those with an objective cause confirmed are exempt. A product
 * the head did not mark counts as meeting the quality required.
 */
export function applyMarks(products: readonly TPeriodProduct[], marks: TProductMarks): TPeriodProduct[] {
  return products.map((p) => {
    const mark = marks[p.id];
    if (!mark) return p;
    return {
      ...p,
      meetsQuality: mark.meetsQuality,
      majorErrors: mark.majorErrors.length,
      exemptErrors: mark.majorErrors.filter((e) => e.objectiveCause).length,
    };
  });
}

/** A product added by hand, once its head confirmed it: completed, on time, of its own weight. */
export function manualProduct(p: { id: string; weight: number }): TPeriodProduct {
  return {
    id: p.id,
    weight: p.weight,
    completed: true,
    late: false,
    lateExempt: false,
    meetsQuality: null,
    majorErrors: 0,
    exemptErrors: 0,
    exemption: null,
  };
}

export type TPeriodResult = {
  /** The person's own task result (quantity, quality, timeliness, products). */
  own: TTaskResult;
  /** A manager's unit result blended in, when there is one. */
  unitPoints: number | null;
  /** The task points that count: own, or a manager's blend of own and unit. */
  taskPoints: number;
  /** null until the general criteria are entered. */
  generalPoints: number | null;
  total: number | null;
  grade: TGrade | null;
};

/**
 * A person's result for a period: the task points of their products, blended for a manager
 * with their unit's (scheme.managerUnitShare of the unit's task points, the rest their own),
 * plus the general criteria's points once entered, and the grade of the total.
 */
export function evaluatePeriod(input: {
  products: readonly TPeriodProduct[];
  marks: TProductMarks;
  generalPoints: number | null;
  /** The task points of the unit a manager leads (all its people's products), or null for staff. */
  unitPoints: number | null;
  scheme: TEvaluationScheme;
}): TPeriodResult {
  const { scheme } = input;
  const own = scoreProducts(applyMarks(input.products, input.marks), scheme);
  const { unitPoints } = input;
  const taskPoints = blendedTaskPoints(own.points, unitPoints, scheme);
  const total = input.generalPoints === null ? null : round2(input.generalPoints + taskPoints);
  return {
    own,
    unitPoints,
    taskPoints,
    generalPoints: input.generalPoints,
    total,
    grade: total === null ? null : gradeOf(total, scheme),
  };
}

/**
 * The task points that count: a person's own, or for a manager (unitPoints not null)
 * scheme.managerUnitShare of their unit's and the rest their own, to two decimals. The scorecard
 * and the unit table both blend through here.
 */
export function blendedTaskPoints(
  own: number,
  unitPoints: number | null,
  scheme: Pick<TEvaluationScheme, "managerUnitShare">,
) {
  return unitPoints === null ? own : round2((1 - scheme.managerUnitShare) * own + scheme.managerUnitShare * unitPoints);
}

/** A manager for the evaluation (scored also on their unit): a head or a deputy head by position. */
export function isManagerPosition(position: string): boolean {
  return position === "HEAD" || position === "DEPUTY_HEAD";
}

/** Whether a period key is one the scheme evaluates: months for a monthly scheme, quarters for a quarterly one. */
export function isEvaluationPeriodKey(key: string, scheme: Pick<TEvaluationScheme, "period">): boolean {
  return scheme.period === "MONTH" ? /^\d{4}-(0[1-9]|1[0-2])$/.test(key) : /^\d{4}-Q[1-4]$/.test(key);
}
