import "server-only";
import { hasSectorWideView, type TActor } from "@/lib/domain/access/roles";
import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { schemeOfPeriod } from "./evaluation-scheme-store";
import { evaluationPeriodOf } from "./evaluation-write";
import { gradeSummary, unitEvaluationRows, type TEvaluationRow } from "./get-unit-evaluations";

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * TCCB's view of a period across the sector: every person's evaluation computed in one pass
 * (unitEvaluationRows over the whole tree), then summed per unit directly under the root (the
 * departments and provinces): how many people, how far the flow has gone, the grades, the
 * average task points, and how many of its units break the cap. Each unit drills down to its
 * own table, and from there to a person.
 */
export async function getSectorEvaluations(actor: TActor, periodKey: string) {
  if (!hasSectorWideView(actor)) throw new DomainError("FORBIDDEN", msg("errors.dashboardForbidden"));
  const root = await db.unit.findFirst({
    where: { parentId: null },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, path: true },
  });
  if (!root) throw new DomainError("NOT_FOUND", msg("errors.dashboardUnitNotFound"));
  const scheme = await schemeOfPeriod(db, periodKey);
  const period = evaluationPeriodOf(periodKey, scheme);
  const [rows, tops] = await Promise.all([
    unitEvaluationRows(db, root.path, period, scheme),
    db.unit.findMany({
      where: { parentId: root.id },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, path: true, closedAt: true },
    }),
  ]);
  const summarise = (unit: { id: string; name: string; path: string }, own: TEvaluationRow[]) => {
    const byUnit = new Map<string, TEvaluationRow[]>();
    for (const r of own) {
      const list = byUnit.get(r.unit.id);
      if (list) list.push(r);
      else byUnit.set(r.unit.id, [r]);
    }
    return {
      unit,
      people: own.length,
      approved: own.filter((r) => r.status === "APPROVED").length,
      assessed: own.filter((r) => r.status === "ASSESSED").length,
      averageTaskPoints: own.length ? round2(own.reduce((n, r) => n + r.taskPoints, 0) / own.length) : null,
      ...gradeSummary(own, scheme),
      unitsOverCap: [...byUnit.values()].filter((list) => gradeSummary(list, scheme).cap.exceeded).length,
    };
  };
  const units = tops
    .map((u) =>
      summarise(
        u,
        rows.filter((r) => isWithinUnit(r.unit.path, u.path)),
      ),
    )
    .filter((u) => u.people > 0 || !tops.find((t) => t.id === u.unit.id)?.closedAt);
  const atRoot = rows.filter((r) => r.unit.id === root.id);
  return {
    root,
    period,
    scheme,
    units: atRoot.length ? [summarise(root, atRoot), ...units] : units,
    sector: summarise(root, rows),
  };
}
export type TSectorEvaluations = Awaited<ReturnType<typeof getSectorEvaluations>>;
