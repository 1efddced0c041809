import "server-only";
import ExcelJS from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { styleHeaderRow } from "@/lib/server/reports/style-header-row";
import type { TSheetSpec } from "./read-import-workbook";

const LIST_ROWS = 20_000;

type TTemplateSheet = { spec: TSheetSpec<string>; choices: Record<string, string[]> };

/**
 * An import template: a guide sheet with `guide`'s lines, then one sheet per spec with its
 * headings in row 1, text columns formatted as text (so "001234" keeps its zeros and an e-mail
 * stays text), date columns as dd/mm/yyyy dates, and drop-down lists for the columns with
 * `choices`, in the reader's language.
 */
export function buildImportTemplate(locale: TLocale, guide: string[], sheets: TTemplateSheet[]): ExcelJS.Workbook {
  const t = translatorFor(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = t("common.appName");
  const guideSheet = wb.addWorksheet(t("imports.sheet.guide"));
  guideSheet.getColumn(1).width = 110;
  guide.forEach((line, i) => {
    const cell = guideSheet.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });
  // The choices live on a hidden sheet: a label may hold a comma ("Tỉnh, thành phố"), which an
  // inline list would split.
  const lists = wb.addWorksheet("Lists", { state: "veryHidden" });
  let listColumn = 0;
  for (const { spec, choices } of sheets) {
    const ws = wb.addWorksheet(t(spec.name), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({
      header: t(c.heading),
      key: c.field,
      width: c.date ? 16 : 28,
      style: { numFmt: c.date ? "dd/mm/yyyy" : "@" },
    }));
    styleHeaderRow(ws.getRow(1));
    spec.columns.forEach((c, i) => {
      const list = choices[c.field];
      if (!list) return;
      listColumn += 1;
      const listLetter = lists.getColumn(listColumn).letter;
      list.forEach((word, r) => (lists.getCell(r + 1, listColumn).value = word));
      const letter = ws.getColumn(i + 1).letter;
      (
        ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}2:${letter}${LIST_ROWS}`, {
        type: "list",
        allowBlank: true,
        formulae: [`Lists!$${listLetter}$1:$${listLetter}$${list.length}`],
        showErrorMessage: true,
      });
    });
  }
  return wb;
}
