import "server-only";
import type { Worksheet } from "exceljs";
import { formatDate } from "@/lib/domain/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { putCell } from "./sheet-cells";

export type TSignature = {
  title: string;
  /** "(Ký, ghi rõ họ tên)", or with the seal for whoever signs for the unit. */
  hint: string;
  /** Who signed in the tracker, when they did; null leaves the place blank to fill by hand. */
  name: string | null;
  date: Date | null;
};

/**
 * The signatures' places side by side across `width` columns, each with its title, the hint,
 * the date (or dots to fill), room to sign, and the name. Returns the next free row.
 */
export function addSignatures(
  ws: Worksheet,
  row: number,
  width: number,
  signatures: readonly TSignature[],
  locale: TLocale,
): number {
  const t = translatorFor(locale);
  const n = signatures.length;
  signatures.forEach((s, i) => {
    const from = Math.floor((i * width) / n) + 1;
    const to = Math.floor(((i + 1) * width) / n);
    const center = { horizontal: "center" as const };
    putCell(ws, row, from, to, s.title, { ...center, font: { bold: true } });
    putCell(ws, row + 1, from, to, s.hint, { ...center, font: { italic: true, size: 11 } });
    putCell(
      ws,
      row + 2,
      from,
      to,
      s.date ? t("evaluationDocs.signDate", { date: formatDate(s.date) }) : t("evaluationDocs.signDateBlank"),
      { ...center, font: { italic: true, size: 11 } },
    );
    putCell(ws, row + 6, from, to, s.name ?? "", { ...center, font: { bold: true } });
  });
  for (let r = row + 3; r <= row + 5; r++) ws.getRow(r).height = 20;
  return row + 7;
}
