import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { blendedTaskPoints, isManagerPosition } from "@/lib/domain/evaluation/evaluate-period";
import type { TEvaluationScheme } from "@/lib/domain/evaluation/evaluation-scheme";
import {
  excellentCap,
  gradeOf,
  resultOfSums,
  type TGrade,
  type TProductSums,
} from "@/lib/domain/evaluation/score-products";
import { periodFromKey } from "@/lib/domain/recurrence";
import type { TPeriod } from "@/lib/domain/recurrence/recurrence-rule";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { getDashboardUnitOrThrow } from "@/lib/server/dashboards/get-dashboard-unit-or-throw";
import { schemeOfPeriod } from "./evaluation-scheme-store";
import { evaluationPeriodOf } from "./evaluation-write";
import { addSums, sumProductsByPerson } from "./sum-products-sql";

const ZERO: TProductSums = { assigned: 0, quantity: 0, quality: 0, timeliness: 0 };
const round2 = (n: number) => Math.round(n * 100) / 100;

export type TEvaluationRow = {
  id: string;
  name: string;
  title: string | null;
  position: string;
  unit: { id: string; name: string; path: string };
  status: "NONE" | "SELF_ASSESSED" | "ASSESSED" | "APPROVED";
  /** The task points: as assessed or approved, else computed now from the tracker (before marks). */
  taskPoints: number;
  /** A manager's unit task points, blended into theirs. */
  unitPoints: number | null;
  generalPoints: number | null;
  total: number | null;
  grade: TGrade | null;
  /** Whether the figures are the stored ones (assessed or approved) or provisional. */
  provisional: boolean;
  /** The weight of the products assigned; for a quarter or a year, how many periods were assessed. */
  assigned: number;
};

/**
 * Everyone's evaluation in a unit's tree for a period, in one pass: the products of all of them
 * summed in one statement (sumProductsByPerson), their evaluations read in one query, and each
 * row either the stored figures (assessed, approved) or the provisional task points from the
 * sums, a manager's blended with the result of their unit's tree. The grade distribution and
 * Decree 335's cap on "excellent" (at most 20% of "good") are checked per unit of the tree.
 */
export async function unitEvaluationRows(
  client: Prisma.TransactionClient,
  unitPath: string,
  period: TPeriod,
  scheme: TEvaluationScheme,
): Promise<TEvaluationRow[]> {
  const sums = await sumProductsByPerson(client, { unitPath }, period, scheme);
  // Everyone active, and whoever left but had products or an evaluation in the period.
  const [people, evaluations] = await Promise.all([
    client.user.findMany({
      where: {
        unit: { path: { startsWith: unitPath } },
        OR: [
          { isActive: true },
          { id: { in: [...sums.keys()] } },
          { evaluations: { some: { periodKey: period.key } } },
        ],
      },
      select: {
        id: true,
        name: true,
        title: true,
        position: true,
        unit: { select: { id: true, name: true, path: true } },
      },
      orderBy: [{ unit: { path: "asc" } }, { position: "desc" }, { name: "asc" }],
    }),
    client.evaluation.findMany({
      where: { periodKey: period.key, user: { unit: { path: { startsWith: unitPath } } } },
      select: { userId: true, status: true, taskPoints: true, generalPoints: true, total: true, grade: true },
    }),
  ]);
  const evaluationOf = new Map(evaluations.map((e) => [e.userId, e]));
  // Each unit's own people's sums, then a manager's tree as the units whose path starts with theirs.
  const sumsOfUnit = new Map<string, TProductSums>();
  for (const p of people)
    sumsOfUnit.set(p.unit.path, addSums([sumsOfUnit.get(p.unit.path) ?? ZERO, sums.get(p.id) ?? ZERO]));
  const unitPointsOf = new Map<string, number>();
  const unitPoints = (path: string) => {
    if (!unitPointsOf.has(path)) {
      const inTree = [...sumsOfUnit].filter(([unitPath]) => isWithinUnit(unitPath, path)).map(([, s]) => s);
      unitPointsOf.set(path, resultOfSums(addSums(inTree), scheme).points);
    }
    return unitPointsOf.get(path)!;
  };
  return people.map((p) => {
    const own = resultOfSums(sums.get(p.id) ?? ZERO, scheme).points;
    const manager = isManagerPosition(p.position);
    const unit = manager ? unitPoints(p.unit.path) : null;
    const provisionalTask = blendedTaskPoints(own, unit, scheme);
    const e = evaluationOf.get(p.id);
    const stored = e && (e.status === "ASSESSED" || e.status === "APPROVED");
    return {
      ...p,
      status: e?.status ?? "NONE",
      taskPoints: stored ? e.taskPoints! : provisionalTask,
      unitPoints: unit,
      generalPoints: stored ? e.generalPoints : null,
      total: stored ? e.total : null,
      grade: stored ? (e.grade as TGrade | null) : null,
      provisional: !stored,
      assigned: sums.get(p.id)?.assigned ?? 0,
    };
  });
}

/** The grades of a set of rows, and the cap's verdict on them. */
export function gradeSummary(rows: readonly TEvaluationRow[], scheme: TEvaluationScheme) {
  const grades = rows.flatMap((r) => (r.grade ? [r.grade] : []));
  const distribution: Record<TGrade, number> = { EXCELLENT: 0, GOOD: 0, COMPLETED: 0, NOT_COMPLETED: 0 };
  for (const g of grades) distribution[g] += 1;
  return { distribution, graded: grades.length, cap: excellentCap(grades, scheme) };
}

/**
 * A unit's evaluation table for a period: a head's own tree, any unit for the sector-wide roles
 * (others are refused as by the dashboards). Each unit of the tree whose grades break the cap is
 * named, with how many "excellent" grades the cap allows there.
 */
export async function getUnitEvaluations(actor: TActor, unitId: string | undefined, periodKey: string) {
  const unit = await getDashboardUnitOrThrow(actor, unitId);
  const scheme = await schemeOfPeriod(db, periodKey);
  const sub = subPeriodKeys(periodKey, scheme);
  const period = sub ? periodFromKey(periodKey) : evaluationPeriodOf(periodKey, scheme);
  const rows = sub
    ? await aggregateRows(unit.path, sub, scheme)
    : await unitEvaluationRows(db, unit.path, period, scheme);
  const byUnit = new Map<string, { unit: TEvaluationRow["unit"]; rows: TEvaluationRow[] }>();
  for (const r of rows) {
    if (!byUnit.has(r.unit.id)) byUnit.set(r.unit.id, { unit: r.unit, rows: [] });
    byUnit.get(r.unit.id)!.rows.push(r);
  }
  const units = [...byUnit.values()].map((u) => ({ unit: u.unit, ...gradeSummary(u.rows, scheme) }));
  return {
    unit,
    period,
    scheme,
    /** For a quarter or a year made of the scheme's periods: their keys (the rows average them). */
    subPeriods: sub,
    rows,
    summary: gradeSummary(rows, scheme),
    capBreaches: units.filter((u) => u.cap.exceeded),
    statusCounts: {
      NONE: rows.filter((r) => r.status === "NONE").length,
      SELF_ASSESSED: rows.filter((r) => r.status === "SELF_ASSESSED").length,
      ASSESSED: rows.filter((r) => r.status === "ASSESSED").length,
      APPROVED: rows.filter((r) => r.status === "APPROVED").length,
    },
  };
}
export type TUnitEvaluations = Awaited<ReturnType<typeof getUnitEvaluations>>;

/**
 * The scheme's periods inside a longer one: the months of a quarter or a year under a monthly
 * scheme, the quarters of a year under a quarterly one; null when the key is itself one of the
 * scheme's periods (or no period at all: evaluationPeriodOf then refuses it).
 */
export function subPeriodKeys(key: string, scheme: TEvaluationScheme): string[] | null {
  const year = /^(\d{4})$/.exec(key);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (scheme.period === "MONTH" && year)
    return Array.from({ length: 12 }, (_, i) => `${year[1]}-${String(i + 1).padStart(2, "0")}`);
  if (scheme.period === "MONTH" && quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return [0, 1, 2].map((i) => `${quarter[1]}-${String(first + i).padStart(2, "0")}`);
  }
  if (scheme.period === "QUARTER" && year) return [1, 2, 3, 4].map((q) => `${year[1]}-Q${q}`);
  return null;
}

/**
 * A quarter's or a year's result, built from the periods (Decree 335): the average of the totals
 * each person received in the periods assessed or approved, graded by the scheme; provisional
 * while any of those periods is not approved.
 */
async function aggregateRows(unitPath: string, keys: string[], scheme: TEvaluationScheme): Promise<TEvaluationRow[]> {
  const evaluations = await db.evaluation.findMany({
    where: {
      periodKey: { in: keys },
      status: { in: ["ASSESSED", "APPROVED"] },
      user: { unit: { path: { startsWith: unitPath } } },
    },
    select: { userId: true, status: true, taskPoints: true, generalPoints: true, total: true },
  });
  const people = await db.user.findMany({
    where: {
      unit: { path: { startsWith: unitPath } },
      OR: [{ isActive: true }, { id: { in: [...new Set(evaluations.map((e) => e.userId))] } }],
    },
    select: {
      id: true,
      name: true,
      title: true,
      position: true,
      unit: { select: { id: true, name: true, path: true } },
    },
    orderBy: [{ unit: { path: "asc" } }, { position: "desc" }, { name: "asc" }],
  });
  const of = new Map<string, typeof evaluations>();
  for (const e of evaluations) of.set(e.userId, [...(of.get(e.userId) ?? []), e]);
  const average = (list: number[]) => (list.length ? round2(list.reduce((n, x) => n + x, 0) / list.length) : null);
  return people.map((p) => {
    const list = of.get(p.id) ?? [];
    const total = average(list.map((e) => e.total!));
    return {
      ...p,
      status: list.length === 0 ? "NONE" : list.every((e) => e.status === "APPROVED") ? "APPROVED" : "ASSESSED",
      taskPoints: average(list.map((e) => e.taskPoints!)) ?? 0,
      unitPoints: null,
      generalPoints: average(list.map((e) => e.generalPoints!)),
      total,
      grade: total === null ? null : gradeOf(total, scheme),
      provisional: list.some((e) => e.status !== "APPROVED"),
      assigned: list.length,
    };
  });
}
