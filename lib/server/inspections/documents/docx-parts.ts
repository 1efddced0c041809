import "server-only";
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";

// The administrative layout of Decree 30/2020/NĐ-CP, in the few pieces both documents share:
// Times New Roman 13–14 pt, the issuing body and number on the left, the national motto on the
// right, the title centred, and the signatures' places side by side at the end.

export const FONT = "Times New Roman";
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

export function line(text: string, o: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}) {
  return new Paragraph({
    alignment: o.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    spacing: { after: 80 },
    children: [new TextRun({ text, bold: o.bold, italics: o.italics, font: FONT, size: o.size ?? 26 })],
  });
}

function cell(children: Paragraph[], width: number, borders = true) {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    ...(borders ? {} : { borders: NO_BORDERS }),
  });
}

/** Quốc hiệu, tiêu ngữ, the issuing body and the number and symbol. */
export function letterhead(t: (key: string, v?: Record<string, string>) => string, issuer: string, number: string) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              line(issuer.toLocaleUpperCase("vi"), { bold: true, center: true }),
              line(t("numberLine", { number }), { center: true }),
            ],
            40,
            false,
          ),
          cell(
            [line(t("nation"), { bold: true, center: true }), line(t("motto"), { bold: true, center: true })],
            60,
            false,
          ),
        ],
      }),
    ],
  });
}

/** A bordered table with a bold header row. */
export function grid(header: string[], rows: string[][], widths: number[]) {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({ children: cells.map((c, i) => cell([line(c, { bold })], widths[i] ?? 10)) });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

/** The signatures' places, side by side, each a title, a note and room to sign. */
export function signatures(places: Array<{ title: string; note: string; name: string }>) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: places.map((p) =>
          cell(
            [
              line(p.title, { bold: true, center: true }),
              line(p.note, { italics: true, center: true }),
              line(""),
              line(""),
              line(""),
              line(p.name, { bold: true, center: true }),
            ],
            Math.floor(100 / places.length),
            false,
          ),
        ),
      }),
    ],
  });
}
