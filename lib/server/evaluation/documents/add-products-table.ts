import "server-only";
import type { Worksheet } from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { TEvaluationView } from "../get-evaluation";
import { fitRowHeight, putCell, putHeaderRow } from "./sheet-cells";

const HEADERS = ["no", "product", "source", "weight", "timeliness", "exemption", "quality", "errors"] as const;
export const productHeaders = (locale: TLocale) =>
  HEADERS.map((h) => translatorFor(locale)(`evaluationDocs.sheet.headers.${h}`));

type TRow = TEvaluationView["rows"][number];

/** A product's verdicts in words: completion and timeliness, its exemption, the quality mark, the major errors. */
export function productWords(r: TRow, scheme: TEvaluationView["scheme"], locale: TLocale) {
  const t = translatorFor(locale);
  const p = r.product;
  const timeliness = !p.completed
    ? t("evaluationDocs.sheet.notCompleted")
    : p.late && p.lateExempt
      ? t("evaluationDocs.sheet.lateExempt")
      : p.late
        ? t("evaluationDocs.sheet.late", { part: Math.round(scheme.lateDeduction * 100) })
        : t("evaluationDocs.sheet.onTime");
  const quality = !p.completed
    ? "—"
    : !r.mark
      ? t("evaluationDocs.sheet.qualityUnmarked")
      : r.mark.meetsQuality
        ? t("evaluationDocs.sheet.qualityMet")
        : t("evaluationDocs.sheet.qualityNotMet");
  const part = Math.round(scheme.majorErrorDeduction * 100);
  const errors = (r.mark?.majorErrors ?? [])
    .map((e) =>
      e.objectiveCause
        ? t("evaluationDocs.sheet.errorExempt", { reason: e.reason, cause: e.objectiveCause })
        : t("evaluationDocs.sheet.errorDeducted", { reason: e.reason, part }),
    )
    .join("\n");
  return {
    product: r.source.kind === "STEP" ? r.source.name : r.source.description,
    source: r.source.kind === "STEP" ? r.source.taskTitle : t("evaluationDocs.sheet.manual"),
    timeliness,
    exemption: p.exemption ? t(`evaluationDocs.sheet.exemption.${p.exemption}`) : "",
    quality,
    errors,
  };
}

/** Part II's table: one bordered row per product of the period. Returns the next free row. */
export function addProductsTable(ws: Worksheet, row: number, view: TEvaluationView, locale: TLocale): number {
  const t = translatorFor(locale);
  putHeaderRow(ws, row, productHeaders(locale));
  let r = row + 1;
  if (view.rows.length === 0) {
    putCell(ws, r, 1, HEADERS.length, t("evaluationDocs.sheet.noProducts"), { border: true, font: { italic: true } });
    return r + 1;
  }
  view.rows.forEach((product, i) => {
    const w = productWords(product, view.scheme, locale);
    const values = [i + 1, w.product, w.source, product.product.weight, w.timeliness, w.exemption, w.quality, w.errors];
    values.forEach((v, c) =>
      putCell(ws, r, c + 1, c + 1, v, {
        border: true,
        font: { size: 11 },
        horizontal: c === 0 || c === 3 ? "center" : "left",
        numFmt: c === 3 ? "0.##" : undefined,
      }),
    );
    fitRowHeight(
      ws,
      r,
      [w.product, w.source, w.errors].reduce((a, b) => (b.length > a.length ? b : a), ""),
      30,
    );
    r++;
  });
  return r;
}
