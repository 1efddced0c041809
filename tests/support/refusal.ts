import type { TLocale } from "../../lib/i18n/locales";
import { DomainError } from "../../lib/server/errors/domain-error";

/**
 * The DomainError `attempt` is refused with, worded as a person reading `locale` sees it: its
 * code, message and field errors (which a server function keeps as catalog keys until then).
 */
export async function refusal(attempt: Promise<unknown>, locale: TLocale = "vi") {
  const error = await attempt.then(
    () => {
      throw new Error("expected a refusal, but the call succeeded");
    },
    (e: unknown) => e,
  );
  return worded(error, locale);
}

export function worded(error: unknown, locale: TLocale = "vi") {
  if (!(error instanceof DomainError)) throw error;
  return { code: error.code, message: error.messageIn(locale), fieldErrors: error.fieldErrorsIn(locale) };
}
