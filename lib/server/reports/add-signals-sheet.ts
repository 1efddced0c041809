import "server-only";
import type { Workbook } from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { addTitleBlock } from "./add-title-block";
import { excelDate } from "./excel-date";
import type { TSummaryReport } from "./get-summary-report";
import { styleHeaderRow } from "./style-header-row";

const COLUMNS = ["no", "person", "unit", "kind", "since", "task", "directive", "explanation", "answer"] as const;
const ANSWER_STATUSES = ["UNANSWERED", "ANSWERED", "ACCEPTED", "REJECTED"] as const;

export const signalsSheetName = (locale: TLocale) => translatorFor(locale)("excel.signalsSheet");
export const signalsHeaders = (locale: TLocale) =>
  COLUMNS.map((c) => translatorFor(locale)(`excel.signalsHeaders.${c}`));

/** The signals counted in the period, one row each, with the explanation the person saw. */
export function addSignalsSheet(wb: Workbook, report: TSummaryReport, locale: TLocale): void {
  const t = translatorFor(locale);
  const headers = signalsHeaders(locale);
  const answerLabel = (status: string) =>
    (ANSWER_STATUSES as readonly string[]).includes(status)
      ? t(`excel.answerStatus.${status as (typeof ANSWER_STATUSES)[number]}`)
      : status;
  const ws = wb.addWorksheet(signalsSheetName(locale), {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 24, 24, 24, 12, 36, 18, 60, 20].map((width) => ({ width }));
  const headerRow = addTitleBlock(ws, report, t("excel.signalsTitle"), headers.length, locale);
  const header = ws.getRow(headerRow);
  header.values = headers;
  styleHeaderRow(header);
  report.signals.forEach((s, i) => {
    const row = ws.addRow([
      i + 1,
      s.subjectUser?.name ?? t("excel.signalsUnitSubject"),
      s.unit.name,
      t(`enums.signalKind.${s.kind}`),
      excelDate(s.since),
      s.task.title,
      s.task.directive.number,
      s.explanation,
      answerLabel(s.answerStatus),
    ]);
    row.getCell(5).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  if (report.signalsTotal > report.signals.length) {
    ws.addRow([]);
    ws.addRow(["", t("excel.signalsTruncated", { shown: report.signals.length, total: report.signalsTotal })]);
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
}
