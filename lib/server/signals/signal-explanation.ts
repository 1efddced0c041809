import "server-only";
import type { TWorkCalendar } from "@/lib/domain/calendar";
import { resolveMessageAt } from "@/lib/domain/signals";
import { isMessage } from "@/lib/i18n/message";
import { DEFAULT_LOCALE, isLocale, type TLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import { getWorkCalendar } from "@/lib/server/calendar/get-work-calendar";

/** What a reader needs to count a signal's working days as of its reading. */
export type TReadingClock = { calendar: TWorkCalendar; now: Date };

/** The reading clock at `now`, with the calendar as it is now. */
export async function readingClockAt(now: Date): Promise<TReadingClock> {
  return { calendar: await getWorkCalendar(), now };
}

/**
 * A stored signal's explanation in `locale`: the sentence kept not yet worded
 * (Signal.explanationMessage) in the reader's language, its counts that grow with time counted
 * to `now`, or to the moment the signal closed (resolvedAt); else, for a row written before it
 * existed, the Vietnamese text stored with it (Signal.explanation).
 */
export function signalExplanation(
  row: { explanation: string; explanationMessage: unknown; resolvedAt: Date | null },
  locale: TLocale,
  clock: TReadingClock,
): string {
  if (!isMessage(row.explanationMessage)) return row.explanation;
  return translate(locale, resolveMessageAt(row.explanationMessage, clock.calendar, row.resolvedAt ?? clock.now));
}

/**
 * The reader's language from an actor that may carry one: the session's and an API token's
 * actor do (TCurrentActor.locale); the rules' TActor does not, and reads as Vietnamese.
 */
export function localeOf(actor: object): TLocale {
  const locale = (actor as { locale?: unknown }).locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
