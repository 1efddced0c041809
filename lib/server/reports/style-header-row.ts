import "server-only";
import type { Row } from "exceljs";

const thin = { style: "thin" as const };

/** Bold, wrapped, bordered and shaded: the column headings of a report table. */
export function styleHeaderRow(row: Row): void {
  row.font = { name: "Times New Roman", bold: true, size: 11 };
  row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  row.height = 45;
  row.eachCell((cell) => {
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  });
}
