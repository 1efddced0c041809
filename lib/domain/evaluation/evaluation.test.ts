import { describe, expect, it } from "vitest";
import { DECREE_335_SCHEME as scheme } from "./evaluation-scheme";
import { productsOfPeriod, type TOwnedStep } from "./products-of-period";
import { excellentCap, gradeOf, scoreProducts, type TProduct } from "./score-products";

const product = (over: Partial<TProduct> = {}): TProduct => ({
  id: "p",
  weight: 1,
  completed: true,
  late: false,
  lateExempt: false,
  meetsQuality: true,
  majorErrors: 0,
  exemptErrors: 0,
  ...over,
});

describe("scoreProducts (Decree 335)", () => {
  it("gives the full 70 points for every product completed on time and to quality", () => {
    expect(scoreProducts([product(), product({ id: "q", weight: 2 })], scheme)).toMatchObject({
      points: 70,
      quantityPct: 100,
      qualityPct: 100,
      timelinessPct: 100,
    });
  });

  it("takes 25% of a late product's timeliness points, unless its cause was accepted as objective", () => {
    const late = scoreProducts([product({ late: true }), product({ id: "q" })], scheme);
    // Timeliness: (0.75 + 1) / 2 = 87.5%; points 70 × (1 + 1 + 0.875) / 3.
    expect(late).toMatchObject({ timelinessPct: 87.5, points: 67.08 });
    expect(late.products[0].deductions).toEqual([{ kind: "LATE", part: 0.25, exempt: false }]);
    const exempt = scoreProducts([product({ late: true, lateExempt: true }), product({ id: "q" })], scheme);
    expect(exempt).toMatchObject({ timelinessPct: 100, points: 70 });
    expect(exempt.products[0].deductions).toEqual([{ kind: "LATE", part: 0.25, exempt: true }]);
  });

  it("takes 25% of the quality points per major error, never below zero, except errors with an objective cause", () => {
    expect(scoreProducts([product({ majorErrors: 2 })], scheme).qualityPct).toBe(50);
    expect(scoreProducts([product({ majorErrors: 5 })], scheme).qualityPct).toBe(0);
    expect(scoreProducts([product({ majorErrors: 2, exemptErrors: 1 })], scheme).qualityPct).toBe(75);
  });

  it("converts by weight: an unfinished heavy product weighs more than a light one", () => {
    const r = scoreProducts([product({ weight: 1.5, completed: false }), product({ id: "q", weight: 0.5 })], scheme);
    expect(r).toMatchObject({ quantityPct: 25, qualityPct: 25, timelinessPct: 25, points: 17.5 });
  });

  it("does not take points for work that was not given", () => {
    expect(scoreProducts([], scheme).points).toBe(70);
  });
});

describe("grades and the 20% cap", () => {
  it("grades at 90, 70 and 50", () => {
    expect([95, 90, 89.99, 70, 69, 50, 49.9].map((t) => gradeOf(t, scheme))).toEqual([
      "EXCELLENT",
      "EXCELLENT",
      "GOOD",
      "GOOD",
      "COMPLETED",
      "COMPLETED",
      "NOT_COMPLETED",
    ]);
  });

  it("allows excellent grades up to 20% of the good ones in a unit", () => {
    const good = Array<"GOOD">(10).fill("GOOD");
    expect(excellentCap([...good, "EXCELLENT", "EXCELLENT"], scheme)).toMatchObject({ allowed: 2, exceeded: false });
    expect(excellentCap([...good, "EXCELLENT", "EXCELLENT", "EXCELLENT"], scheme)).toMatchObject({ exceeded: true });
    expect(excellentCap(["EXCELLENT", "GOOD", "GOOD"], scheme)).toMatchObject({ allowed: 0, exceeded: true });
  });
});

describe("productsOfPeriod", () => {
  const nov = { from: new Date("2026-10-31T17:00:00Z"), to: new Date("2026-11-30T16:59:59.999Z") };
  const dec = { from: new Date("2026-11-30T17:00:00Z"), to: new Date("2026-12-31T16:59:59.999Z") };
  const step = (over: Partial<TOwnedStep>): TOwnedStep => ({
    id: "s",
    kind: "HANDLE",
    priority: "NORMAL",
    explicitWeight: null,
    deadline: new Date("2026-11-20T16:59:59.999Z"),
    originalDeadline: new Date("2026-11-20T16:59:59.999Z"),
    completedAt: null,
    explanationAccepted: false,
    ...over,
  });

  it("counts a step due in a month and done in the next as missed in the first and late in the second", () => {
    const s = step({ completedAt: new Date("2026-12-02T03:00:00Z") });
    expect(productsOfPeriod([s], nov, scheme)).toMatchObject([{ completed: false }]);
    expect(productsOfPeriod([s], dec, scheme)).toMatchObject([{ completed: true, late: true, exemption: null }]);
  });

  it("weighs by step kind and priority unless the task sets its own weight, and names the exemptions", () => {
    const [urgent, own, explained, extended] = productsOfPeriod(
      [
        step({ id: "a", kind: "RECEIVE", priority: "URGENT", completedAt: new Date("2026-11-10T03:00:00Z") }),
        step({ id: "b", explicitWeight: 3, completedAt: new Date("2026-11-10T03:00:00Z") }),
        step({ id: "c", completedAt: new Date("2026-11-25T03:00:00Z"), explanationAccepted: true }),
        step({
          id: "d",
          originalDeadline: new Date("2026-11-10T16:59:59.999Z"),
          completedAt: new Date("2026-11-18T03:00:00Z"),
        }),
      ],
      nov,
      scheme,
    );
    expect(urgent.weight).toBe(0.75);
    expect(own.weight).toBe(3);
    expect(explained).toMatchObject({ late: true, lateExempt: true, exemption: "EXPLANATION_ACCEPTED" });
    expect(extended).toMatchObject({ late: false, exemption: "EXTENSION_MET" });
  });
});
