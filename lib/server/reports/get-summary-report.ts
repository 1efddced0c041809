import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRollupRow } from "@/lib/domain/rollups";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { TReportQuery } from "@/lib/schemas/dashboard";
import { countOpenEscalationsByUnit } from "@/lib/server/dashboards/count-open-escalations-by-unit";
import { findRollupItems } from "@/lib/server/dashboards/find-rollup-items";
import { findScopeSignals } from "@/lib/server/dashboards/find-scope-signals";
import { getDashboardUnitOrThrow } from "@/lib/server/dashboards/get-dashboard-unit-or-throw";
import { periodOf } from "@/lib/server/dashboards/period-of";
import type { TRollupFilter } from "@/lib/server/dashboards/rollup-filter";
import { rollUpUnitsInSql } from "@/lib/server/dashboards/roll-up-in-sql";
import { db } from "@/lib/server/db/prisma";
import { findReportDecisions } from "./find-report-decisions";

/** Rows beyond this are left out of a list and the report says so. */
export const REPORT_LIST_LIMIT = 5000;

export type TSummaryReportRow = { name: string; row: TRollupRow; escalations: number };

/**
 * The periodic report for one unit (checked against the actor like its dashboard): one row
 * for the unit's own steps and one per unit directly below it (each with its subtree), so
 * the rows add up to the unit's total; the signals and the overdue steps of the period.
 * Shared by the Excel export and the printable page, so both always say the same. The unit's
 * own row is named in `locale` ("… (trực tiếp)").
 */
export async function getSummaryReport(actor: TActor, query: TReportQuery, now: Date, locale: TLocale) {
  const unit = await getDashboardUnitOrThrow(actor, query.unit);
  const filter: TRollupFilter = {
    scopePath: unit.path,
    period: periodOf(query),
    directiveId: query.directive ?? null,
    level: "step",
  };
  const children = await db.unit.findMany({
    where: { parentId: unit.id },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const ids = children.map((c) => c.id);
  const [[childRows, [own], [total]], escalations, signals, overdue, directive, decisions] = await Promise.all([
    rollUpUnitsInSql(filter, now, [
      { unitIds: ids },
      { unitIds: [unit.id], includeSubunits: false },
      { unitIds: [unit.id] },
    ]),
    countOpenEscalationsByUnit([unit.id, ...ids], filter.directiveId),
    findScopeSignals(filter, { pageSize: REPORT_LIST_LIMIT, locale, now }),
    findRollupItems(filter, now, { category: "OVERDUE", pageSize: REPORT_LIST_LIMIT }),
    query.directive
      ? db.directive.findUnique({ where: { id: query.directive }, select: { number: true, subject: true } })
      : null,
    findReportDecisions(
      actor,
      { unitPath: unit.path, from: query.from ?? null, to: query.to ?? null },
      REPORT_LIST_LIMIT,
    ),
  ]);
  const rowOf = new Map(childRows.map((r) => [r.key, r]));
  const childEscalations = ids.reduce((n, id) => n + (escalations.get(id) ?? 0), 0);
  const rows: TSummaryReportRow[] = [
    {
      name: translatorFor(locale)("excel.ownRow", { unit: unit.name }),
      row: own,
      escalations: (escalations.get(unit.id) ?? 0) - childEscalations,
    },
    ...children.map((c) => ({ name: c.name, row: rowOf.get(c.id)!, escalations: escalations.get(c.id) ?? 0 })),
  ];
  return {
    unit,
    from: query.from ?? null,
    to: query.to ?? null,
    directive,
    generatedAt: now,
    rows,
    total: { row: total, escalations: escalations.get(unit.id) ?? 0 },
    signals: signals.signals,
    signalsTotal: signals.total,
    overdue: overdue.items,
    overdueTotal: overdue.total,
    decisions: decisions.items,
    decisionsTotal: decisions.total,
  };
}

export type TSummaryReport = Awaited<ReturnType<typeof getSummaryReport>>;
