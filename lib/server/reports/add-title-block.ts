import "server-only";
import type { Worksheet } from "exceljs";
import { formatDate } from "@/lib/domain/format";
import type { TSummaryReport } from "./get-summary-report";
import { reportPeriodText } from "./report-period-text";

/**
 * The heading a ministry office expects at the top of a report sheet: the sector, the
 * title in capitals, then the unit, period, directive and date of the report (dd/mm/yyyy),
 * each merged across the table's width. Returns the row for the table's headings, after a blank one.
 */
export function addTitleBlock(ws: Worksheet, report: TSummaryReport, title: string, width: number): number {
  const lastColumn = String.fromCharCode(64 + width);
  const lines: [string, Partial<{ bold: boolean; size: number }>, "left" | "center"][] = [
    ["BẢO HIỂM XÃ HỘI VIỆT NAM", { bold: true, size: 11 }, "left"],
    [title, { bold: true, size: 14 }, "center"],
    [`Đơn vị: ${report.unit.name}`, { size: 11 }, "center"],
    [`Kỳ báo cáo: ${reportPeriodText(report.from, report.to)}`, { size: 11 }, "center"],
  ];
  if (report.directive) lines.push([`Văn bản chỉ đạo: ${report.directive.number} — ${report.directive.subject}`, { size: 11 }, "center"]);
  lines.push([`Ngày lập báo cáo: ${formatDate(report.generatedAt)}`, { size: 11 }, "center"]);
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
