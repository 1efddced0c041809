import "server-only";
import ExcelJS from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { positions, roles } from "@/lib/schemas/people-roles";
import { unitLevels } from "@/lib/schemas/unit-levels";
import { styleHeaderRow } from "@/lib/server/reports/style-header-row";
import { PEOPLE_SHEET, UNITS_SHEET } from "./people-import-sheets";
import type { TSheetSpec } from "./read-import-workbook";

const LIST_ROWS = 20_000;

/**
 * The template for units and people: a guide sheet, then one sheet per kind with its headings
 * in row 1, every column formatted as text (so "001234" keeps its zeros and an e-mail stays
 * text), and drop-down lists for the level and the position in the reader's language.
 */
export function buildPeopleTemplate(locale: TLocale): ExcelJS.Workbook {
  const t = translatorFor(locale);
  const wb = new ExcelJS.Workbook();
  wb.creator = t("common.appName");
  const guide = wb.addWorksheet(t("imports.sheet.guide"));
  guide.getColumn(1).width = 110;
  const lines = [
    t("imports.template.title"),
    "",
    t("imports.template.step1"),
    t("imports.template.step2"),
    t("imports.template.step3"),
    t("imports.template.step4"),
    "",
    t("imports.template.levels", { list: unitLevels.map((l) => t(`enums.unitLevel.${l}`)).join("; ") }),
    t("imports.template.positions", {
      list: positions.map((p) => t(`peopleAdmin.form.positionOption.${p}`)).join("; "),
    }),
    t("imports.template.roles", { list: roles.map((r) => t(`enums.role.${r}`)).join("; ") }),
  ];
  lines.forEach((line, i) => {
    const cell = guide.getCell(i + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) cell.font = { bold: true, size: 14 };
  });

  // The choices live on a hidden sheet: a label may hold a comma ("Tỉnh, thành phố"), which an
  // inline list would split.
  const lists = wb.addWorksheet("Lists", { state: "veryHidden" });
  let listColumn = 0;
  const addSheet = <F extends string>(spec: TSheetSpec<F>, choices: Partial<Record<F, string[]>>) => {
    const ws = wb.addWorksheet(t(spec.name), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: t(c.heading), key: c.field, width: 28, style: { numFmt: "@" } }));
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
    return ws;
  };
  addSheet(UNITS_SHEET, { level: unitLevels.map((l) => t(`enums.unitLevel.${l}`)) });
  addSheet(PEOPLE_SHEET, { position: positions.map((p) => t(`peopleAdmin.form.positionOption.${p}`)) });
  return wb;
}
