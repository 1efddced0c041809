import "server-only";
import type ExcelJS from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { priorities } from "@/lib/schemas/priorities";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { buildImportTemplate } from "./build-import-template";
import { STEPS_SHEET, TASKS_SHEET } from "./task-import-sheets";

/** The template for the backlog: tasks and their steps, with lists for the priority and the step kind. */
export function buildTasksTemplate(locale: TLocale): ExcelJS.Workbook {
  const t = translatorFor(locale);
  return buildImportTemplate(
    locale,
    [
      t("imports.tasksTemplate.title"),
      "",
      t("imports.tasksTemplate.step1"),
      t("imports.tasksTemplate.step2"),
      t("imports.tasksTemplate.step3"),
      t("imports.tasksTemplate.step4"),
      t("imports.tasksTemplate.step5"),
    ],
    [
      { spec: TASKS_SHEET, choices: { priority: priorities.map((p) => t(`enums.priority.${p}`)) } },
      { spec: STEPS_SHEET, choices: { kind: stepKinds.map((k) => t(`enums.stepKind.${k}`)) } },
    ],
  );
}
