import "server-only";
import { addCalendarDays, localDateOf } from "@/lib/domain/calendar";
import type { TLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translate";

/**
 * Periods offered in one click, as local dates for the URL: this month, this quarter, this
 * year, last month, and everything (no dates), labelled in `locale`.
 */
export function periodPresets(now: Date, locale: TLocale): { label: string; from?: string; to?: string }[] {
  const t = translatorFor(locale);
  const today = localDateOf(now);
  const [y, m] = today.split("-").map(Number);
  const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}-01`;
  const lastDay = (year: number, month: number) =>
    addCalendarDays(month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1), -1);
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return [
    { label: t("server.periodPresets.thisMonth"), from: monthStart(y, m), to: lastDay(y, m) },
    { label: t("server.periodPresets.lastMonth"), from: monthStart(py, pm), to: lastDay(py, pm) },
    { label: t("server.periodPresets.thisQuarter"), from: monthStart(y, q), to: lastDay(y, q + 2) },
    { label: t("server.periodPresets.thisYear"), from: `${y}-01-01`, to: `${y}-12-31` },
    { label: t("server.periodPresets.allTime") },
  ];
}
