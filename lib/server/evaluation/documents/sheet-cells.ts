import "server-only";
import type { Font, Worksheet } from "exceljs";

const thin = { style: "thin" as const };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
export const FONT = "Times New Roman";

type TCellStyle = {
  font?: Partial<Font>;
  horizontal?: "left" | "center" | "right";
  border?: boolean;
  numFmt?: string;
};

/**
 * A value in columns [from, to] of a row, merged when it spans several, in the forms' font and
 * wrapped: the one way the evaluation documents write a cell, so they look alike.
 */
export function putCell(
  ws: Worksheet,
  row: number,
  from: number,
  to: number,
  value: string | number | null,
  style: TCellStyle = {},
): void {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = value;
  cell.font = { name: FONT, size: 12, ...style.font };
  cell.alignment = { horizontal: style.horizontal ?? "left", vertical: "middle", wrapText: true };
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.border) for (let c = from; c <= to; c++) ws.getCell(row, c).border = BORDER;
}

/** A row of table headings: bold, centred, bordered and shaded, as on the other reports. */
export function putHeaderRow(ws: Worksheet, row: number, headers: readonly string[]): void {
  headers.forEach((h, i) => {
    putCell(ws, row, i + 1, i + 1, h, { font: { bold: true, size: 11 }, horizontal: "center", border: true });
    ws.getCell(row, i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
  });
  ws.getRow(row).height = 32;
}

/** A rough height for a row whose longest text wraps in a column `width` characters wide. */
export function fitRowHeight(ws: Worksheet, row: number, text: string, width: number): void {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / width)), 0);
  ws.getRow(row).height = Math.max(18, lines * 16);
}
