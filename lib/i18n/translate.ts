import "server-only";
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "./catalogs";
import { TIME_ZONE, type TLocale } from "./locales";
import { wordMessage, type TMessage } from "./message";

const translators = new Map<TLocale, ReturnType<typeof make>>();

function make(locale: TLocale) {
  return createTranslator({ locale, messages: CATALOGS[locale], timeZone: TIME_ZONE });
}

/**
 * A translator for code outside React's request scope: server actions, API routes, Excel
 * exports, the seed. Pages and layouts use next-intl's getTranslations, which reads the same
 * catalogs for the same person.
 */
export function translatorFor(locale: TLocale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}

/** A TMessage in words, in `locale`. */
export function translate(locale: TLocale, message: TMessage): string {
  return wordMessage(translatorFor(locale), message);
}
