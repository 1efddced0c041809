import { describe, expect, it } from "vitest";
import { ZEvaluationScheme } from "@/lib/schemas/evaluations";
import { evaluationAccessCases } from "./evaluation-access.cases";
import { mayAssessEvaluation, mayReadEvaluation } from "./evaluation-access";
import { DECREE_335_SCHEME as S } from "./evaluation-scheme";
import { applyMarks, evaluatePeriod, manualProduct } from "./evaluate-period";
import type { TPeriodProduct } from "./products-of-period";

const product = (id: string, over: Partial<TPeriodProduct> = {}): TPeriodProduct => ({
  id,
  weight: 1,
  completed: true,
  late: false,
  lateExempt: false,
  meetsQuality: null,
  majorErrors: 0,
  exemptErrors: 0,
  exemption: null,
  ...over,
});
const A = "00000000-0000-4000-8000-00000000000a";
const B = "00000000-0000-4000-8000-00000000000b";
const C = "00000000-0000-4000-8000-00000000000c";

describe("the scheme is configuration", () => {
  it("ships Decree 335's scheme, which passes the scheme's own checks", () => {
    expect(ZEvaluationScheme.safeParse(S).success).toBe(true);
  });
  it.each([
    ["points that do not add up to 100", { ...S, generalPoints: 40 }],
    ["shares that do not add up to 1", { ...S, shares: { quantity: 0.5, quality: 0.5, timeliness: 0.5 } }],
    ["thresholds out of order", { ...S, thresholds: { excellent: 70, good: 90, completed: 50 } }],
    ["a weight of zero", { ...S, weights: { ...S.weights, priority: { ...S.weights.priority, LOW: 0 } } }],
    ["a weight below zero", { ...S, weights: { ...S.weights, stepKind: { ...S.weights.stepKind, HANDLE: -1 } } }],
    ["a weight typed as text", { ...S, weights: { ...S.weights, stepKind: { ...S.weights.stepKind, HANDLE: "1" } } }],
  ])("refuses %s", (_, scheme) => {
    expect(ZEvaluationScheme.safeParse(scheme).success).toBe(false);
  });
});

describe("evaluatePeriod (hand-computed)", () => {
  // A: weight 1, on time, one major error (−25% quality). B: weight 2, late (−25% timeliness).
  // C: weight 1, not completed. Assigned 4: quantity 3/4, quality (0.75 + 2)/4 = 0.6875,
  // timeliness (1 + 1.5)/4 = 0.625; points 70 × (0.75 + 0.6875 + 0.625)/3 = 48.125 → 48.13.
  const products = [product(A), product(B, { weight: 2, late: true }), product(C, { completed: false })];
  const marks = { [A]: { meetsQuality: true, majorErrors: [{ reason: "Sai số liệu", objectiveCause: null }] } };

  it("deducts 25% of a product's quality per major error and 25% of its timeliness when late", () => {
    const r = evaluatePeriod({ products, marks, generalPoints: 27, unitPoints: null, scheme: S });
    expect(r.own.quantityPct).toBe(75);
    expect(r.own.qualityPct).toBe(68.8);
    expect(r.own.timelinessPct).toBe(62.5);
    expect(r.taskPoints).toBe(48.13);
    expect(r.total).toBe(75.13);
    expect(r.grade).toBe("GOOD");
  });

  it("does not deduct a major error whose cause the head confirmed objective", () => {
    const exempt = {
      [A]: { meetsQuality: true, majorErrors: [{ reason: "Sai số liệu", objectiveCause: "Số liệu nguồn sai" }] },
    };
    const r = evaluatePeriod({ products, marks: exempt, generalPoints: 27, unitPoints: null, scheme: S });
    // quality (1 + 2)/4 = 0.75: 70 × (0.75 + 0.75 + 0.625)/3 = 49.583… → 49.58
    expect(r.taskPoints).toBe(49.58);
    expect(r.own.products[0]!.deductions).toEqual([{ kind: "MAJOR_ERROR", part: 0.25, exempt: true }]);
  });

  it("gives no quality point to a product marked below the required quality", () => {
    const r = evaluatePeriod({
      products: [product(A)],
      marks: { [A]: { meetsQuality: false, majorErrors: [] } },
      generalPoints: 30,
      unitPoints: null,
      scheme: S,
    });
    // 70 × (1 + 0 + 1)/3 = 46.67
    expect(r.taskPoints).toBe(46.67);
    expect([r.total, r.grade]).toEqual([76.67, "GOOD"]);
  });

  it("has no total or grade until the general criteria are entered", () => {
    const r = evaluatePeriod({ products, marks: {}, generalPoints: null, unitPoints: null, scheme: S });
    expect([r.total, r.grade]).toEqual([null, null]);
  });

  it("scores a manager half on their own products and half on their unit's", () => {
    const r = evaluatePeriod({ products: [product(A)], marks: {}, generalPoints: 30, unitPoints: 50, scheme: S });
    expect([r.own.points, r.unitPoints, r.taskPoints, r.total, r.grade]).toEqual([70, 50, 60, 90, "EXCELLENT"]);
  });

  it("counts a confirmed product added by hand as completed on time at its weight", () => {
    const r = evaluatePeriod({
      products: [product(C, { completed: false }), manualProduct({ id: A, weight: 1 })],
      marks: {},
      generalPoints: 30,
      unitPoints: null,
      scheme: S,
    });
    // half the weight completed, on time, to quality: 70 × 0.5 = 35
    expect(r.taskPoints).toBe(35);
  });

  it("leaves products without a mark as they are", () => {
    expect(applyMarks(products, {})).toEqual(products);
  });
});

describe("who reads and who assesses an evaluation", () => {
  it.each(evaluationAccessCases)("%s", (_, actor, person, read, assess) => {
    expect(mayReadEvaluation(actor, person)).toBe(read);
    expect(mayAssessEvaluation(actor, person)).toBe(assess);
  });
});
