import "server-only";
import ExcelJS from "exceljs";
import { addCountsSheet } from "./add-counts-sheet";
import { addOverdueSheet } from "./add-overdue-sheet";
import { addSignalsSheet } from "./add-signals-sheet";
import type { TSummaryReport } from "./get-summary-report";

/** The periodic report as an Excel workbook: counts by unit, signals, overdue steps. */
export function buildSummaryWorkbook(report: TSummaryReport): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Trách nhiệm — BHXH Việt Nam";
  wb.created = report.generatedAt;
  wb.title = `Báo cáo tình hình thực hiện nhiệm vụ — ${report.unit.name}`;
  addCountsSheet(wb, report);
  addSignalsSheet(wb, report);
  addOverdueSheet(wb, report);
  return wb;
}
