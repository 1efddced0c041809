import "server-only";
import type { TLocalDate } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * The report period in words: "Từ 01/03/2026 đến 31/03/2026" ("From 01/03/2026 to
 * 31/03/2026"), or every date when none was chosen. Dates stay dd/mm/yyyy in both languages.
 */
export function reportPeriodText(from: TLocalDate | null, to: TLocalDate | null, locale: TLocale): string {
  const t = translatorFor(locale);
  if (from && to) return t("excel.periodFromTo", { from: formatLocalDate(from), to: formatLocalDate(to) });
  if (from) return t("excel.periodFrom", { from: formatLocalDate(from) });
  if (to) return t("excel.periodTo", { to: formatLocalDate(to) });
  return t("excel.periodAll");
}
