import "server-only";
import { localDateOf } from "@/lib/domain/calendar";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * "bao-cao-bhxh-tp-ha-noi-2026-03-31.xlsx" ("report-bhxh-tp-ha-noi-2026-03-31.xlsx" in English):
 * ASCII, so every browser and mail client keeps it.
 */
export function summaryFileName(unitCode: string, now: Date, locale: TLocale): string {
  const t = translatorFor(locale);
  const slug = normalizeSearchText(unitCode)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return t("excel.fileName", { slug: slug || t("excel.fileNameUnit"), date: localDateOf(now) });
}
