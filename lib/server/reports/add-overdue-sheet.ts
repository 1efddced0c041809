import "server-only";
import type { Workbook } from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { addTitleBlock } from "./add-title-block";
import { excelDate } from "./excel-date";
import type { TSummaryReport } from "./get-summary-report";
import { styleHeaderRow } from "./style-header-row";

const COLUMNS = [
  "no",
  "task",
  "directive",
  "step",
  "owner",
  "unit",
  "originalDeadline",
  "deadline",
  "workingDaysOverdue",
] as const;

export const overdueSheetName = (locale: TLocale) => translatorFor(locale)("excel.overdueSheet");
export const overdueHeaders = (locale: TLocale) =>
  COLUMNS.map((c) => translatorFor(locale)(`excel.overdueHeaders.${c}`));

/** The open steps past their deadline, oldest first, with both deadlines as real Excel dates. */
export function addOverdueSheet(wb: Workbook, report: TSummaryReport, locale: TLocale): void {
  const t = translatorFor(locale);
  const headers = overdueHeaders(locale);
  const ws = wb.addWorksheet(overdueSheetName(locale), {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 40, 18, 22, 24, 24, 13, 13, 14].map((width) => ({ width }));
  const headerRow = addTitleBlock(ws, report, t("excel.overdueTitle"), headers.length, locale);
  const header = ws.getRow(headerRow);
  header.values = headers;
  styleHeaderRow(header);
  report.overdue.forEach((item, i) => {
    const c = item.classification;
    const row = ws.addRow([
      i + 1,
      item.taskTitle,
      item.directiveNumber,
      item.stepName ?? "",
      item.owner?.name ?? "",
      item.unitName,
      excelDate(item.originalDeadline),
      excelDate(item.deadline),
      c.category === "OVERDUE" ? c.workingDaysOverdue : null,
    ]);
    row.getCell(7).numFmt = "dd/mm/yyyy";
    row.getCell(8).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  if (report.overdueTotal > report.overdue.length) {
    ws.addRow([]);
    ws.addRow(["", t("excel.overdueTruncated", { shown: report.overdue.length, total: report.overdueTotal })]);
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
}
