import "server-only";
import type { z } from "zod";
import type { TRollupRow } from "@/lib/domain/rollups";
import type { ZApiSummaryReport, ZApiSummaryRow } from "@/lib/schemas/api/reports";
import type { TSummaryReport } from "@/lib/server/reports/get-summary-report";
import { iso } from "./iso";

/** The summary report's figures, the same numbers the dashboards and the Excel export show. */
export function serializeSummaryReport(r: TSummaryReport): z.input<typeof ZApiSummaryReport> {
  return {
    unit: { id: r.unit.id, code: r.unit.code, name: r.unit.name },
    from: r.from,
    to: r.to,
    directive: r.directive ? { number: r.directive.number, subject: r.directive.subject } : null,
    generatedAt: iso(r.generatedAt),
    rows: r.rows.map((x) => summaryRow(x.name, x.row, x.escalations)),
    total: summaryRow(r.unit.name, r.total.row, r.total.escalations),
    signalsTotal: r.signalsTotal,
    overdueTotal: r.overdueTotal,
  };
}

function summaryRow(name: string, row: TRollupRow, escalations: number): z.input<typeof ZApiSummaryRow> {
  return {
    unitId: row.key,
    name,
    total: row.total,
    categories: row.categories,
    onTimeRate: row.onTimeRate,
    averageWorkingDaysLate: row.averageWorkingDaysLate,
    extended: row.extended,
    signals: row.signals,
    signalTotal: row.signalTotal,
    escalations,
  };
}
