import "server-only";
import type { Workbook } from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { addTitleBlock } from "./add-title-block";
import type { TSummaryReport } from "./get-summary-report";
import { styleHeaderRow } from "./style-header-row";

const COLUMNS = [
  "no",
  "unit",
  "total",
  "doneOnTime",
  "doneLate",
  "inTime",
  "overdue",
  "onTimeRate",
  "signals",
  "escalations",
] as const;

export const countsSheetName = (locale: TLocale) => translatorFor(locale)("excel.countsSheet");
export const countsHeaders = (locale: TLocale) => COLUMNS.map((c) => translatorFor(locale)(`excel.countsHeaders.${c}`));

const rateFormula = (r: number) => `IF((D${r}+E${r})=0,"",D${r}/(D${r}+E${r}))`;
const rateOf = (onTime: number, late: number) => (onTime + late === 0 ? "" : onTime / (onTime + late));

/**
 * Counts by unit in the four categories: one row for the unit's own steps and one per unit
 * below it, then a totals row of SUM formulas. The total and the on-time rate are formulas
 * too (with their values cached), so the sheet stays right if an office edits a number.
 */
export function addCountsSheet(wb: Workbook, report: TSummaryReport, locale: TLocale): void {
  const t = translatorFor(locale);
  const headers = countsHeaders(locale);
  const ws = wb.addWorksheet(countsSheetName(locale), {
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 42, 12, 14, 14, 12, 12, 14, 14, 16].map((width) => ({ width }));
  const headerRow = addTitleBlock(ws, report, t("excel.countsTitle"), headers.length, locale);
  const header = ws.getRow(headerRow);
  header.values = headers;
  styleHeaderRow(header);
  const first = headerRow + 1;
  report.rows.forEach(({ name, row, escalations }, i) => {
    const r = first + i;
    const c = row.categories;
    ws.addRow([
      i + 1,
      name,
      { formula: `SUM(D${r}:G${r})`, result: row.total },
      c.DONE_ON_TIME,
      c.DONE_LATE,
      c.IN_TIME,
      c.OVERDUE,
      { formula: rateFormula(r), result: rateOf(c.DONE_ON_TIME, c.DONE_LATE) },
      row.signalTotal,
      escalations,
    ]);
  });
  const last = first + report.rows.length - 1;
  const totalRow = first + report.rows.length;
  const sum = (col: string, result: number) => ({ formula: `SUM(${col}${first}:${col}${last})`, result });
  const tc = report.total.row.categories;
  const totals = ws.addRow([
    "",
    t("excel.countsTotal"),
    sum("C", report.total.row.total),
    sum("D", tc.DONE_ON_TIME),
    sum("E", tc.DONE_LATE),
    sum("F", tc.IN_TIME),
    sum("G", tc.OVERDUE),
    { formula: rateFormula(totalRow), result: rateOf(tc.DONE_ON_TIME, tc.DONE_LATE) },
    sum("I", report.total.row.signalTotal),
    sum("J", report.total.escalations),
  ]);
  totals.font = { name: "Times New Roman", bold: true };
  for (let r = first; r <= totalRow; r++) {
    ws.getCell(`H${r}`).numFmt = "0.0%";
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
    });
  }
  const note = ws.getCell(`A${totalRow + 2}`);
  note.value = t("excel.countsNote");
  ws.mergeCells(`A${totalRow + 2}:J${totalRow + 2}`);
  note.alignment = { wrapText: true };
  ws.getRow(totalRow + 2).height = 30;
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
}
