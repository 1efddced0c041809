import "server-only";
import ExcelJS from "exceljs";
import { periodLabel } from "@/lib/domain/recurrence";
import type { TLocale } from "@/lib/i18n/locales";
import { translate, translatorFor } from "@/lib/i18n/translate";
import type { TUnitEvaluations } from "../get-unit-evaluations";
import { addFormHeading } from "./add-form-heading";
import { addGradeDistribution } from "./add-grade-distribution";
import { addSignatures } from "./add-signatures";
import { positionText } from "./position-text";
import { putCell, putHeaderRow } from "./sheet-cells";

const HEADERS = ["no", "name", "position", "unit", "general", "task", "total", "grade", "status"] as const;
const WIDTHS = [6, 26, 22, 26, 13, 13, 12, 26, 26];
export const unitEvaluationHeaders = (locale: TLocale) =>
  HEADERS.map((h) => translatorFor(locale)(`evaluationDocs.unit.headers.${h}`));

/**
 * The unit's summary table of the evaluation (bảng tổng hợp kết quả đánh giá, xếp loại) for a
 * period, as the official form: the motto beside the unit, the title, the unit and the period,
 * one row per person of the tree (the stored figures once assessed; otherwise the task points
 * computed now, the row marked provisional, with neither general points, total nor grade), the
 * grade distribution with the cap's verdict, and the places of the preparer's and the head's
 * signatures. The figures are getUnitEvaluations's, so the sheet says what the table page says.
 */
export function buildUnitEvaluationWorkbook(data: TUnitEvaluations, locale: TLocale, now: Date): ExcelJS.Workbook {
  const t = translatorFor(locale);
  const period = translate(locale, periodLabel(data.period.key));
  const wb = new ExcelJS.Workbook();
  wb.creator = t("excel.creator");
  wb.created = now;
  wb.title = t("evaluationDocs.unit.workbookTitle", { unit: data.unit.name, period });
  const ws = wb.addWorksheet(t("evaluationDocs.unit.sheetName"), {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const last = WIDTHS.length;
  let r = addFormHeading(ws, { unitName: data.unit.name, width: last, leftSpan: 4, date: now }, locale);
  const center = { horizontal: "center" as const };
  putCell(ws, r++, 1, last, t("evaluationDocs.unit.title"), { ...center, font: { bold: true, size: 14 } });
  putCell(ws, r++, 1, last, t("evaluationDocs.unit.unitLine", { unit: data.unit.name }), center);
  putCell(ws, r++, 1, last, t("evaluationDocs.periodLine", { period }), { ...center, font: { bold: true } });
  putCell(ws, r++, 1, last, t("evaluationDocs.basis"), { ...center, font: { italic: true, size: 11 } });
  r++;
  const headerRow = r;
  putHeaderRow(ws, r++, unitEvaluationHeaders(locale));
  data.rows.forEach((p, i) => {
    const values = [
      i + 1,
      p.name,
      positionText(p, locale),
      p.unit.name,
      p.generalPoints ?? "—",
      p.taskPoints,
      p.total ?? "—",
      p.grade ? t(`scorecard.grade.${p.grade}`) : "—",
      t(`evaluationDocs.unit.status.${p.status}`),
    ];
    values.forEach((v, c) =>
      putCell(ws, r, c + 1, c + 1, v, {
        border: true,
        font: { size: 11, italic: p.provisional },
        horizontal: c === 0 || (c >= 4 && c <= 6) ? "center" : "left",
        numFmt: typeof v === "number" && c > 0 ? "0.##" : undefined,
      }),
    );
    r++;
  });
  putCell(ws, r++, 1, last, t("evaluationDocs.unit.provisionalNote"), { font: { italic: true, size: 11 } });
  r = addGradeDistribution(ws, r + 1, data, locale);
  addSignatures(
    ws,
    r + 1,
    last,
    [
      { title: t("evaluationDocs.unit.signPreparer"), hint: t("evaluationDocs.signHint"), name: null, date: null },
      { title: t("evaluationDocs.unit.signHead"), hint: t("evaluationDocs.signHintSeal"), name: null, date: null },
    ],
    locale,
  );
  ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  return wb;
}
