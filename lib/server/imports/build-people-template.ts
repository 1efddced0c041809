import "server-only";
import type ExcelJS from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { positions, roles } from "@/lib/schemas/people-roles";
import { unitLevels } from "@/lib/schemas/unit-levels";
import { buildImportTemplate } from "./build-import-template";
import { PEOPLE_SHEET, UNITS_SHEET } from "./people-import-sheets";

/** The template for units and people, with lists for the level and the position. */
export function buildPeopleTemplate(locale: TLocale): ExcelJS.Workbook {
  const t = translatorFor(locale);
  const levels = unitLevels.map((l) => t(`enums.unitLevel.${l}`));
  const positionWords = positions.map((p) => t(`peopleAdmin.form.positionOption.${p}`));
  return buildImportTemplate(
    locale,
    [
      t("imports.template.title"),
      "",
      t("imports.template.step1"),
      t("imports.template.step2"),
      t("imports.template.step3"),
      t("imports.template.step4"),
      "",
      t("imports.template.levels", { list: levels.join("; ") }),
      t("imports.template.positions", { list: positionWords.join("; ") }),
      t("imports.template.roles", { list: roles.map((r) => t(`enums.role.${r}`)).join("; ") }),
    ],
    [
      { spec: UNITS_SHEET, choices: { level: levels } },
      { spec: PEOPLE_SHEET, choices: { position: positionWords } },
    ],
  );
}
