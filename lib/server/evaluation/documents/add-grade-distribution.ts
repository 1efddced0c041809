import "server-only";
import type { Worksheet } from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import type { TUnitEvaluations } from "../get-unit-evaluations";
import { putCell } from "./sheet-cells";

const GRADES = ["EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED"] as const;

/**
 * Under the table: how many people in each grade and their share of those graded, those not
 * graded yet, and the cap's verdict (excellent at most a share of good, Decree 335's 20%) for
 * the whole table, then for each unit of the tree that breaks it. Returns the next free row.
 */
export function addGradeDistribution(ws: Worksheet, row: number, data: TUnitEvaluations, locale: TLocale): number {
  const t = translatorFor(locale);
  const { summary } = data;
  let r = row;
  putCell(ws, r++, 1, 9, t("evaluationDocs.unit.distributionTitle"), { font: { bold: true } });
  const line = (label: string, count: number | string, share: number | string, bold = false) => {
    putCell(ws, r, 1, 4, label, { border: true, font: { bold } });
    putCell(ws, r, 5, 5, count, { border: true, horizontal: "center", font: { bold } });
    putCell(ws, r, 6, 6, share, { border: true, horizontal: "center", font: { bold }, numFmt: "0.0%" });
    r++;
  };
  line(
    t("evaluationDocs.unit.distributionHeaders.grade"),
    t("evaluationDocs.unit.distributionHeaders.count"),
    t("evaluationDocs.unit.distributionHeaders.share"),
    true,
  );
  for (const g of GRADES) {
    const count = summary.distribution[g];
    line(t(`scorecard.grade.${g}`), count, summary.graded === 0 ? "" : count / summary.graded);
  }
  line(t("evaluationDocs.unit.graded"), summary.graded, summary.graded === 0 ? "" : 1, true);
  line(t("evaluationDocs.unit.notGraded"), data.rows.length - summary.graded, "");
  r++;
  const cap = Math.round(data.scheme.excellentCapOfGood * 100);
  const { excellent, good, allowed, exceeded } = summary.cap;
  putCell(
    ws,
    r++,
    1,
    9,
    t(exceeded ? "evaluationDocs.unit.capExceeded" : "evaluationDocs.unit.capOk", { excellent, good, allowed, cap }),
    { font: { bold: true, color: { argb: exceeded ? "FFB91C1C" : "FF15803D" } } },
  );
  const units = new Set(data.rows.map((p) => p.unit.id));
  if (units.size > 1)
    for (const b of data.capBreaches)
      putCell(
        ws,
        r++,
        1,
        9,
        t("evaluationDocs.unit.capBreach", { unit: b.unit.name, excellent: b.cap.excellent, allowed: b.cap.allowed }),
        { font: { color: { argb: "FFB91C1C" } } },
      );
  return r;
}
