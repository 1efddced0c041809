import "server-only";
import ExcelJS from "exceljs";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TRowError } from "@/lib/domain/imports/plan-people-import";
import { msg, type TMessage } from "@/lib/i18n/message";
import { LOCALES } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import type { TMessageKey } from "@/lib/i18n/message";

/** One sheet an import reads: its name and its columns' headings (catalog keys, matched in every language). */
export type TSheetSpec<F extends string, K extends string = string> = {
  key: K;
  name: TMessageKey;
  columns: ReadonlyArray<{ field: F; heading: TMessageKey; required: boolean; date?: boolean }>;
};

export type TFileError = { sheet: string | null; cell: string | null; message: TMessage };
/** A sheet's rows as text by field (dates as ISO days), with the row number Excel shows. */
export type TReadSheet<F extends string> = {
  rows: Array<Record<F, string> & { row: number }>;
  /** Field → column letter, to name a bad cell as the person sees it ("C7"). */
  columns: Record<F, string>;
  /** Cells that cannot be read as data (a formula, a merged cell, a date typed as text), by row. */
  cellErrors: Map<number, TRowError[]>;
};

export const MAX_SHEET_ROWS = 50_000;

const sheetWords = (key: TMessageKey) => new Set(LOCALES.map((l) => normalizeSearchText(translate(l, msg(key)))));

/**
 * Reads the named sheets of an .xlsx file into rows of text. Whatever would be read wrongly is
 * refused with its place rather than guessed: a missing sheet or heading, a merged cell (whose
 * value Excel keeps only in its first cell), a formula (its result is not data the office
 * typed), and in a date column a date typed as text ("05/03/2026" is 5 March here and 3 May
 * elsewhere: the cell must be an Excel date).
 */
export async function readImportWorkbook<F extends string>(
  bytes: Uint8Array,
  specs: ReadonlyArray<TSheetSpec<F>>,
): Promise<{ sheets: Record<string, TReadSheet<F> | null>; fileErrors: TFileError[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { sheets: {}, fileErrors: [{ sheet: null, cell: null, message: msg("imports.error.notXlsx") }] };
  }
  const fileErrors: TFileError[] = [];
  const sheets: Record<string, TReadSheet<F> | null> = {};
  for (const spec of specs) {
    const words = sheetWords(spec.name);
    const ws = workbook.worksheets.find((w) => words.has(normalizeSearchText(w.name)));
    if (!ws) {
      sheets[spec.key] = null;
      continue;
    }
    sheets[spec.key] = readSheet(ws, spec, fileErrors);
  }
  if (specs.every((s) => sheets[s.key] === null)) {
    const names = specs.map((s) => translate("vi", msg(s.name))).join(", ");
    const found = workbook.worksheets.map((w) => w.name).join(", ");
    fileErrors.push({ sheet: null, cell: null, message: msg("imports.error.noSheet", { names, found }) });
  }
  return { sheets, fileErrors };
}

function readSheet<F extends string>(ws: ExcelJS.Worksheet, spec: TSheetSpec<F>, fileErrors: TFileError[]) {
  const headingRow = ws.getRow(1);
  const columns = {} as Record<F, string>;
  const indexOf = {} as Record<F, number>;
  headingRow.eachCell((cell, col) => {
    const text = normalizeSearchText(cellText(cell) ?? "");
    const column = spec.columns.find((c) => sheetWords(c.heading).has(text));
    if (column && indexOf[column.field] === undefined) {
      indexOf[column.field] = col;
      columns[column.field] = ws.getColumn(col).letter;
    }
  });
  for (const c of spec.columns) {
    if (indexOf[c.field] === undefined && c.required) {
      fileErrors.push({
        sheet: ws.name,
        cell: "1",
        message: msg("imports.error.missingColumn", { column: translate("vi", msg(c.heading)), sheet: ws.name }),
      });
    }
  }
  const merged = mergedCells(ws);
  const cellErrors = new Map<number, TRowError[]>();
  const rows: TReadSheet<F>["rows"] = [];
  if (ws.actualRowCount - 1 > MAX_SHEET_ROWS) {
    fileErrors.push({ sheet: ws.name, cell: null, message: msg("imports.error.tooManyRows", { max: MAX_SHEET_ROWS }) });
    return { rows, columns, cellErrors };
  }
  ws.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    if (rowNumber === 1) return;
    const values = {} as Record<F, string>;
    const errors: TRowError[] = [];
    let filled = false;
    for (const c of spec.columns) {
      const col = indexOf[c.field];
      if (col === undefined) {
        values[c.field] = "";
        continue;
      }
      const cell = excelRow.getCell(col);
      const place = `${columns[c.field]}${rowNumber}`;
      const read = readCell(cell, Boolean(c.date));
      if (merged.has(place)) errors.push({ field: c.field, message: msg("imports.error.mergedCell", { cell: place }) });
      else if ("error" in read)
        errors.push({ field: c.field, message: msg(read.error, { cell: place, value: read.text }) });
      values[c.field] = "value" in read ? read.value : "";
      if (values[c.field] !== "" || "error" in read) filled = true;
    }
    if (!filled && errors.length === 0) return;
    rows.push({ ...values, row: rowNumber });
    if (errors.length > 0) cellErrors.set(rowNumber, errors);
  });
  return { rows, columns, cellErrors };
}

/** Every cell inside a merged range ("A3", "B3" for A3:B3): none of them holds its own value. */
function mergedCells(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  const ranges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  for (const range of ranges) {
    const [from, to] = range.split(":");
    const a = ws.getCell(from);
    const b = ws.getCell(to ?? from);
    for (let r = Number(a.row); r <= Number(b.row); r++) {
      for (let c = Number(a.col); c <= Number(b.col); c++) out.add(`${ws.getColumn(c).letter}${r}`);
    }
  }
  return out;
}

type TCellRead = { value: string } | { error: TMessageKey; text: string };

const TEXT_DATE = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*$/;

function readCell(cell: ExcelJS.Cell, isDate: boolean): TCellRead {
  const v = cell.value;
  if (v === null || v === undefined) return { value: "" };
  if (typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    return { error: "imports.error.formula", text: "" };
  }
  if (typeof v === "object" && "error" in v) return { error: "imports.error.cellError", text: String(v.error) };
  if (v instanceof Date) {
    if (isDate) return { value: v.toISOString().slice(0, 10) };
    return { error: "imports.error.dateInTextColumn", text: v.toISOString().slice(0, 10) };
  }
  const text = cellText(cell) ?? "";
  if (isDate && text.trim() !== "") {
    return TEXT_DATE.test(text)
      ? { error: "imports.error.dateAsText", text: text.trim() }
      : { error: "imports.error.notADate", text: text.trim() };
  }
  return { value: text.trim() };
}

/** A cell's text: a string, a number's digits, rich text joined, a link's text. */
function cellText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "object" && "richText" in v) return v.richText.map((p) => p.text).join("");
  if (typeof v === "object" && "text" in v) {
    const t = (v as { text: unknown }).text;
    return typeof t === "string"
      ? t
      : typeof t === "object" && t && "richText" in t
        ? (t as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("")
        : null;
  }
  return null;
}
