import "server-only";
import { isMessage } from "@/lib/i18n/message";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";

/**
 * A stored signal's explanation in `locale`: the sentence kept not yet worded
 * (Signal.explanationMessage) in the reader's language, else, for a row written before it
 * existed, the Vietnamese text stored with it (Signal.explanation).
 */
export function signalExplanation(row: { explanation: string; explanationMessage: unknown }, locale: TLocale): string {
  return isMessage(row.explanationMessage) ? translate(locale, row.explanationMessage) : row.explanation;
}

/**
 * The reader's language from an actor that may carry one: the session's and an API token's
 * actor do (TCurrentActor.locale); the rules' TActor does not, and reads as Vietnamese.
 */
export function localeOf(actor: object): TLocale {
  const locale = (actor as { locale?: unknown }).locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
