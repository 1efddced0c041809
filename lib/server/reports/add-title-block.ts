import "server-only";
import type { Worksheet } from "exceljs";
import { formatDate } from "@/lib/domain/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { TSummaryReport } from "./get-summary-report";
import { reportPeriodText } from "./report-period-text";

/**
 * The heading a ministry office expects at the top of a report sheet: the sector, the
 * title in capitals, then the unit, period, directive and date of the report (dd/mm/yyyy),
 * each merged across the table's width. Returns the row for the table's headings, after a blank one.
 */
export function addTitleBlock(
  ws: Worksheet,
  report: TSummaryReport,
  title: string,
  width: number,
  locale: TLocale,
): number {
  const t = translatorFor(locale);
  const lastColumn = String.fromCharCode(64 + width);
  const lines: [string, Partial<{ bold: boolean; size: number }>, "left" | "center"][] = [
    [t("excel.sector"), { bold: true, size: 11 }, "left"],
    [title, { bold: true, size: 14 }, "center"],
    [t("excel.unitLine", { unit: report.unit.name }), { size: 11 }, "center"],
    [t("excel.periodLine", { period: reportPeriodText(report.from, report.to, locale) }), { size: 11 }, "center"],
  ];
  if (report.directive)
    lines.push([
      t("excel.directiveLine", { number: report.directive.number, subject: report.directive.subject }),
      { size: 11 },
      "center",
    ]);
  lines.push([t("excel.generatedLine", { date: formatDate(report.generatedAt) }), { size: 11 }, "center"]);
  lines.forEach(([text, font, horizontal], i) => {
    const row = i + 1;
    ws.mergeCells(`A${row}:${lastColumn}${row}`);
    const cell = ws.getCell(`A${row}`);
    cell.value = text;
    cell.font = { name: "Times New Roman", ...font };
    cell.alignment = { horizontal, vertical: "middle", wrapText: true };
  });
  return lines.length + 2;
}
