import "server-only";
import type { Workbook } from "exceljs";
import { signalKindLabel } from "@/lib/domain/signals";
import { addTitleBlock } from "./add-title-block";
import { excelDate } from "./excel-date";
import type { TSummaryReport } from "./get-summary-report";
import { styleHeaderRow } from "./style-header-row";

export const SIGNALS_SHEET = "Cảnh báo trách nhiệm";
export const SIGNALS_HEADERS = ["STT", "Cán bộ", "Đơn vị", "Loại cảnh báo", "Từ ngày", "Nhiệm vụ", "Văn bản chỉ đạo", "Diễn giải", "Giải trình"];

const answerLabel: Record<string, string> = {
  UNANSWERED: "Chưa giải trình",
  ANSWERED: "Đã giải trình, chờ xem xét",
  ACCEPTED: "Giải trình được chấp nhận",
  REJECTED: "Giải trình không được chấp nhận",
};

/** The signals counted in the period, one row each, with the explanation the person saw. */
export function addSignalsSheet(wb: Workbook, report: TSummaryReport): void {
  const ws = wb.addWorksheet(SIGNALS_SHEET, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [6, 24, 24, 24, 12, 36, 18, 60, 20].map((width) => ({ width }));
  const headerRow = addTitleBlock(ws, report, "CẢNH BÁO TRÁCH NHIỆM TRONG KỲ", SIGNALS_HEADERS.length);
  const header = ws.getRow(headerRow);
  header.values = SIGNALS_HEADERS;
  styleHeaderRow(header);
  report.signals.forEach((s, i) => {
    const row = ws.addRow([
      i + 1, s.subjectUser?.name ?? "(đơn vị)", s.unit.name, signalKindLabel[s.kind], excelDate(s.since),
      s.task.title, s.task.directive.number, s.explanation, answerLabel[s.answerStatus] ?? s.answerStatus,
    ]);
    row.getCell(5).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  if (report.signalsTotal > report.signals.length) {
    ws.addRow([]);
    ws.addRow(["", `Chỉ liệt kê ${report.signals.length}/${report.signalsTotal} cảnh báo mới nhất; xem đủ trên màn hình theo dõi.`]);
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
}
