import "server-only";
import type { Workbook } from "exceljs";
import { addTitleBlock } from "./add-title-block";
import { excelDate } from "./excel-date";
import type { TSummaryReport } from "./get-summary-report";
import { styleHeaderRow } from "./style-header-row";

export const OVERDUE_SHEET = "Việc quá hạn";
export const OVERDUE_HEADERS = [
  "STT", "Nhiệm vụ", "Văn bản chỉ đạo", "Khâu", "Người chịu trách nhiệm", "Đơn vị", "Hạn ban đầu", "Hạn hiện hành", "Số ngày làm việc quá hạn",
];

/** The open steps past their deadline, oldest first, with both deadlines as real Excel dates. */
export function addOverdueSheet(wb: Workbook, report: TSummaryReport): void {
  const ws = wb.addWorksheet(OVERDUE_SHEET, { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [6, 40, 18, 22, 24, 24, 13, 13, 14].map((width) => ({ width }));
  const headerRow = addTitleBlock(ws, report, "DANH SÁCH VIỆC QUÁ HẠN", OVERDUE_HEADERS.length);
  const header = ws.getRow(headerRow);
  header.values = OVERDUE_HEADERS;
  styleHeaderRow(header);
  report.overdue.forEach((item, i) => {
    const c = item.classification;
    const row = ws.addRow([
      i + 1, item.taskTitle, item.directiveNumber, item.stepName ?? "", item.owner?.name ?? "", item.unitName,
      excelDate(item.originalDeadline), excelDate(item.deadline), c.category === "OVERDUE" ? c.workingDaysOverdue : null,
    ]);
    row.getCell(7).numFmt = "dd/mm/yyyy";
    row.getCell(8).numFmt = "dd/mm/yyyy";
    row.alignment = { vertical: "top", wrapText: true };
  });
  if (report.overdueTotal > report.overdue.length) {
    ws.addRow([]);
    ws.addRow(["", `Chỉ liệt kê ${report.overdue.length}/${report.overdueTotal} việc quá hạn lâu nhất; xem đủ trên màn hình theo dõi.`]);
  }
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
}
