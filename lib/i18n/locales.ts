/**
 * The languages a person can read the product in: Vietnamese by default, English on choice
 * (User.locale, set on the profile page). Dates stay dd/mm/yyyy in both, times in Hà Nội's
 * zone, whatever the browser's own locale.
 */
export const LOCALES = ["vi", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "vi";

/** Remembers the choice on this browser for the pages seen before signing in. */
export const LOCALE_COOKIE = "trach-locale";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language names as each speaker writes their own, for the switch. */
export const LOCALE_NAMES: Record<TLocale, string> = { vi: "Tiếng Việt", en: "English" };
