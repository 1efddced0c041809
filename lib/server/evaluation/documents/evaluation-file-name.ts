import "server-only";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * "phieu-danh-gia-nguyen-van-an-2026-11.xlsx" or "tong-hop-danh-gia-bhxh-dong-da-2026-11.xlsx"
 * (in English "evaluation-sheet-…", "evaluation-summary-…"): ASCII, so every browser keeps it.
 */
export function evaluationFileName(kind: "sheet" | "unit", name: string, periodKey: string, locale: TLocale): string {
  const t = translatorFor(locale);
  const slug = normalizeSearchText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  const period = periodKey.toLowerCase();
  return kind === "sheet"
    ? t("evaluationDocs.sheet.fileName", { slug: slug || "x", period })
    : t("evaluationDocs.unit.fileName", { slug: slug || "x", period });
}
