import "server-only";
import ExcelJS from "exceljs";
import { formatDate } from "@/lib/domain/format";
import { periodLabel } from "@/lib/domain/recurrence";
import type { TLocale } from "@/lib/i18n/locales";
import { translate, translatorFor } from "@/lib/i18n/translate";
import type { TEvaluationView } from "../get-evaluation";
import { addFormHeading } from "./add-form-heading";
import { addProductsTable } from "./add-products-table";
import { addSignatures } from "./add-signatures";
import { positionText } from "./position-text";
import { fitRowHeight, putCell } from "./sheet-cells";

const WIDTHS = [6, 30, 30, 10, 24, 24, 16, 30];
const LAST = WIDTHS.length;
/** Labels take columns A–F, their figure G–H: a reader (or a test) finds a figure beside its label. */
const VALUE_COLUMN = 7;

/**
 * The individual evaluation sheet (phiếu đánh giá, xếp loại chất lượng) of Decree 335 as an
 * Excel workbook, laid out as the official form: the motto beside the unit, the title and the
 * period, the person, part I (general criteria), part II (each product with its weight, its
 * timeliness, exemption, quality mark and major errors; the three measures; the task points, a
 * manager's unit share), part III (total and grade), the self-assessment, the head's comment,
 * and the three signatures' places with the dates the tracker recorded. Words in `locale`, the
 * requester's language; names and texts as stored. The figures are the view's (getEvaluation):
 * live until approval, frozen after, so the sheet says what the scorecard says.
 */
export function buildEvaluationSheet(view: TEvaluationView, locale: TLocale, now: Date): ExcelJS.Workbook {
  const t = translatorFor(locale);
  const { person, result, scheme, evaluation } = view;
  const period = translate(locale, periodLabel(view.period.key));
  const wb = new ExcelJS.Workbook();
  wb.creator = t("excel.creator");
  wb.created = now;
  wb.title = t("evaluationDocs.sheet.workbookTitle", { name: person.name, period });
  const ws = wb.addWorksheet(t("evaluationDocs.sheet.sheetName"), {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  let r = addFormHeading(ws, { unitName: person.unit.name, width: LAST, leftSpan: 3, date: now }, locale);
  const center = { horizontal: "center" as const };
  putCell(ws, r++, 1, LAST, t("evaluationDocs.sheet.title"), { ...center, font: { bold: true, size: 14 } });
  putCell(ws, r++, 1, LAST, t("evaluationDocs.periodLine", { period }), { ...center, font: { bold: true } });
  putCell(ws, r++, 1, LAST, t("evaluationDocs.basis"), { ...center, font: { italic: true, size: 11 } });
  r++;
  for (const line of [
    t("evaluationDocs.sheet.name", { name: person.name }),
    t("evaluationDocs.sheet.position", { position: positionText(person, locale) }),
    t("evaluationDocs.sheet.unit", { unit: person.unit.name }),
    t("evaluationDocs.sheet.status", { status: evaluation?.status ?? "NONE" }),
  ])
    putCell(ws, r++, 1, LAST, line);
  const pending = t("evaluationDocs.pending");
  const figure = (label: string, value: number | string | null, numFmt = "0.##", bold = false) => {
    putCell(ws, r, 1, VALUE_COLUMN - 1, label, { border: true, font: { bold } });
    putCell(ws, r, VALUE_COLUMN, LAST, value ?? pending, {
      border: true,
      horizontal: "center",
      font: { bold },
      numFmt: typeof value === "number" ? numFmt : undefined,
    });
    r++;
  };
  const heading = (text: string) => {
    r++;
    putCell(ws, r++, 1, LAST, text, { font: { bold: true } });
  };

  heading(t("evaluationDocs.sheet.part1", { max: scheme.generalPoints }));
  putCell(ws, r++, 1, LAST, t("evaluationDocs.sheet.part1Hint"), { font: { italic: true, size: 11 } });
  figure(t("evaluationDocs.sheet.selfGeneral"), evaluation?.selfGeneralPoints ?? null);
  figure(t("evaluationDocs.sheet.headGeneral"), result.generalPoints, "0.##", true);

  heading(t("evaluationDocs.sheet.part2", { max: scheme.taskPoints }));
  r = addProductsTable(ws, r, view, locale);
  figure(t("evaluationDocs.sheet.quantityPct"), result.own.quantityPct / 100, "0.0%");
  figure(t("evaluationDocs.sheet.qualityPct"), result.own.qualityPct / 100, "0.0%");
  figure(t("evaluationDocs.sheet.timelinessPct"), result.own.timelinessPct / 100, "0.0%");
  if (view.unitPoints !== null) {
    figure(t("evaluationDocs.sheet.ownPoints"), result.own.points);
    const share = Math.round(scheme.managerUnitShare * 100);
    figure(t("evaluationDocs.sheet.unitPoints", { share }), view.unitPoints);
  }
  figure(t("evaluationDocs.sheet.taskPoints"), result.taskPoints, "0.##", true);

  heading(t("evaluationDocs.sheet.part3"));
  figure(t("evaluationDocs.sheet.total"), result.total, "0.##", true);
  figure(t("evaluationDocs.sheet.grade"), result.grade ? t(`scorecard.grade.${result.grade}`) : null, "", true);
  // A correction after the lock is part of the record: the sheet shows it as the scorecard does.
  for (const c of view.corrections) {
    const p = c.payload as { before: { total: number }; after: { total: number } };
    const values = { date: formatDate(c.at), name: c.actor?.name ?? "", reason: c.reason ?? "" };
    putCell(
      ws,
      r++,
      1,
      LAST,
      t("evaluationDocs.sheet.correction", { ...values, before: p.before.total, after: p.after.total }),
      {
        font: { italic: true, size: 11 },
      },
    );
  }

  for (const [title, text, none] of [
    [t("evaluationDocs.sheet.part4"), evaluation?.selfSummary, t("evaluationDocs.sheet.selfNone")],
    [t("evaluationDocs.sheet.part5"), evaluation?.assessmentNote, t("evaluationDocs.sheet.noteNone")],
  ] as const) {
    heading(title);
    putCell(ws, r, 1, LAST, text || none, { font: { italic: !text } });
    fitRowHeight(ws, r++, text || none, 150);
  }
  r++;
  addSignatures(
    ws,
    r,
    LAST,
    [
      {
        title: t("evaluationDocs.sheet.signSelf"),
        hint: t("evaluationDocs.signHint"),
        name: person.name,
        date: evaluation?.selfAssessedAt ?? null,
      },
      {
        title: t("evaluationDocs.sheet.signHead"),
        hint: t("evaluationDocs.signHint"),
        name: evaluation?.assessor?.name ?? null,
        date: evaluation?.assessedAt ?? null,
      },
      {
        title: t("evaluationDocs.sheet.signApprover"),
        hint: t("evaluationDocs.signHintSeal"),
        name: evaluation?.approver?.name ?? null,
        date: evaluation?.approvedAt ?? null,
      },
    ],
    locale,
  );
  return wb;
}
