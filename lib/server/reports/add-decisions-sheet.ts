import "server-only";
import type { Workbook } from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { addTitleBlock } from "./add-title-block";
import type { TSummaryReport } from "./get-summary-report";
import { styleHeaderRow } from "./style-header-row";

const COLUMNS = [
  "no",
  "person",
  "unit",
  "kind",
  "period",
  "form",
  "documentNumber",
  "documentDate",
  "reason",
  "evidence",
  "recordedBy",
] as const;

export const decisionsSheetName = (locale: TLocale) => translatorFor(locale)("excel.decisionsSheet");
export const decisionsHeaders = (locale: TLocale) =>
  COLUMNS.map((c) => translatorFor(locale)(`excel.decisionsHeaders.${c}`));

/** The review and commendation decisions dated in the period ("Quyết định"), one row each. */
export function addDecisionsSheet(wb: Workbook, report: TSummaryReport, locale: TLocale): void {
  const t = translatorFor(locale);
  const headers = decisionsHeaders(locale);
  const ws = wb.addWorksheet(decisionsSheetName(locale), {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 24, 24, 14, 10, 28, 16, 12, 48, 24, 20].map((width) => ({ width }));
  const headerRow = addTitleBlock(ws, report, t("excel.decisionsTitle"), headers.length, locale);
  const header = ws.getRow(headerRow);
  header.values = headers;
  styleHeaderRow(header);
  report.decisions.forEach((d, i) => {
    const row = ws.addRow([
      i + 1,
      d.user.name,
      d.unit.name,
      t(`enums.decisionKind.${d.kind}`),
      d.periodKey ?? "",
      d.form,
      d.documentNumber,
      // A @db.Date column reads back as UTC midnight of its day: already an Excel date.
      d.documentDate,
      d.reason,
      t("excel.decisionsEvidence", {
        signals: d.evidence.signalIds.length,
        events: d.evidence.eventIds.length,
        evaluations: d.evidence.evaluationIds.length,
      }),
      d.createdBy.name,
    ]);
    row.getCell(8).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  if (report.decisions.length === 0) ws.addRow(["", t("excel.decisionsNone")]);
  if (report.decisionsTotal > report.decisions.length) {
    ws.addRow([]);
    ws.addRow(["", t("excel.decisionsTruncated", { shown: report.decisions.length, total: report.decisionsTotal })]);
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
}
