import { LOCALE_COOKIE, type TLocale } from "@/lib/i18n/locales";

/** For the pages seen before signing in (lib/i18n/request.ts reads it when no one is signed in). */
export function rememberLocaleOnThisBrowser(locale: TLocale) {
  // oxlint-disable-next-line unicorn/no-document-cookie -- a preference the server reads; nothing secret
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${400 * 24 * 60 * 60}; samesite=lax`;
}
