import type { TLocale } from "@/lib/i18n/locales";

const tag: Record<TLocale, string> = { vi: "vi-VN", en: "en-GB" };
const percent = (locale: TLocale) => new Intl.NumberFormat(tag[locale], { style: "percent", maximumFractionDigits: 1 });
const decimal = (locale: TLocale) => new Intl.NumberFormat(tag[locale], { maximumFractionDigits: 1 });
const formats = {
  vi: { percent: percent("vi"), decimal: decimal("vi") },
  en: { percent: percent("en"), decimal: decimal("en") },
};

/** "85,7%" ("85.7%" in English), or "—" when nothing was completed (no rate, not 0%). */
export function formatRate(rate: number | null, locale: TLocale = "vi"): string {
  return rate === null ? "—" : formats[locale].percent.format(rate);
}

/** "1,5" ("1.5" in English), or "—" when there is nothing to average. */
export function formatAverage(value: number | null, locale: TLocale = "vi"): string {
  return value === null ? "—" : formats[locale].decimal.format(value);
}

/** "03/2026" for '2026-03'. */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${m}/${y}`;
}
