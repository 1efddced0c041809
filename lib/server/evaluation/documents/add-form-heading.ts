import "server-only";
import type { Worksheet } from "exceljs";
import { localDateOf } from "@/lib/domain/calendar";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";
import { putCell } from "./sheet-cells";

/**
 * The heading of an administrative form (Decree 30/2020's layout): on the left the governing
 * agency and, bold beneath it, the unit; on the right the national motto and its subtitle, then
 * the date. The left block takes columns 1..leftSpan, the right one the rest up to `width`.
 * Returns the next free row.
 */
export function addFormHeading(
  ws: Worksheet,
  heading: { unitName: string; width: number; leftSpan: number; date: Date },
  locale: TLocale,
): number {
  const t = translatorFor(locale);
  const { width, leftSpan } = heading;
  const [year, month, day] = localDateOf(heading.date).split("-");
  const center = { horizontal: "center" as const };
  putCell(ws, 1, 1, leftSpan, t("excel.sector"), { ...center, font: { size: 12 } });
  putCell(ws, 1, leftSpan + 1, width, t("evaluationDocs.motto"), { ...center, font: { bold: true, size: 12 } });
  putCell(ws, 2, 1, leftSpan, heading.unitName.toLocaleUpperCase(locale), {
    ...center,
    font: { bold: true, size: 12, underline: true },
  });
  putCell(ws, 2, leftSpan + 1, width, t("evaluationDocs.mottoLine"), {
    ...center,
    font: { bold: true, size: 13, underline: true },
  });
  putCell(ws, 3, leftSpan + 1, width, t("evaluationDocs.dateLine", { day, month, year }), {
    ...center,
    font: { italic: true, size: 12 },
  });
  ws.getRow(2).height = 20;
  return 5;
}
