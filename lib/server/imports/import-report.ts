import "server-only";
import { countFates, type TRowResult } from "@/lib/domain/imports/plan-people-import";
import type { TLocale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";
import type { TFileError } from "./read-import-workbook";
import type { TImportReport } from "@/lib/domain/imports/import-report";

export type { TImportReport, TReportRow, TReportSheet } from "@/lib/domain/imports/import-report";

/**
 * Words the plan's results in the importer's language (the person who reads the report is the
 * one who imported), naming each bad cell by its column letter for a file ("D7") or its field
 * for JSON rows.
 */
export function buildImportReport(
  locale: TLocale,
  fileErrors: readonly TFileError[],
  sheets: ReadonlyArray<{
    key: string;
    name: string;
    rows: readonly TRowResult[];
    columns: Record<string, string> | null;
  }>,
): TImportReport {
  const wordedSheets = sheets.map((s) => ({
    key: s.key,
    name: s.name,
    counts: countFates(s.rows),
    rows: s.rows.map((r) => ({
      row: r.row,
      key: r.key,
      fate: r.fate,
      changed: r.changed,
      errors: r.errors.map((e) => ({
        field: e.field,
        column: s.columns?.[e.field] ?? e.field,
        message: translate(locale, e.message),
      })),
    })),
  }));
  const worded = fileErrors.map((e) => ({ sheet: e.sheet, cell: e.cell, message: translate(locale, e.message) }));
  const rowErrors = wordedSheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.errors.length, 0), 0);
  return { fileErrors: worded, sheets: wordedSheets, errorCount: rowErrors + worded.length };
}

export const sheetName = (locale: TLocale, key: "units" | "people" | "tasks" | "steps") =>
  translate(locale, msg(`imports.sheet.${key}`));
