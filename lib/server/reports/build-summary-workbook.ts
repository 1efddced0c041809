import "server-only";
import ExcelJS from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { addCountsSheet } from "./add-counts-sheet";
import { addDecisionsSheet } from "./add-decisions-sheet";
import { addOverdueSheet } from "./add-overdue-sheet";
import { addSignalsSheet } from "./add-signals-sheet";
import type { TSummaryReport } from "./get-summary-report";

/**
 * The periodic report as an Excel workbook: counts by unit, signals, overdue steps, the review and
 * commendation decisions, with its
 * sheet names, titles and headings in `locale`, the requester's language. Data (unit names,
 * task titles, a signal's stored explanation) stays as stored.
 */
export function buildSummaryWorkbook(report: TSummaryReport, locale: TLocale): ExcelJS.Workbook {
  const t = translatorFor(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = t("excel.creator");
  wb.created = report.generatedAt;
  wb.title = t("excel.workbookTitle", { unit: report.unit.name });
  addCountsSheet(wb, report, locale);
  addSignalsSheet(wb, report, locale);
  addOverdueSheet(wb, report, locale);
  addDecisionsSheet(wb, report, locale);
  return wb;
}
