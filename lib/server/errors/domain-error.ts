import "server-only";
import type { TLocale } from "@/lib/i18n/locales";
import type { TMessage } from "@/lib/i18n/message";
import { translate } from "@/lib/i18n/translate";

/** Expected failures, shown to the user as they are; anything else is logged and reported generically. */
export type TDomainErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT" | "INVALID_STATE";

/**
 * An expected refusal. It carries its sentence as a catalog key with values (msg("errors.x")),
 * and the edge that knows the reader (a server action, an API route, a page) words it in
 * their language with `messageIn`. `message` is the Vietnamese wording, for logs and tests.
 */
export class DomainError extends Error {
  readonly text: TMessage;

  constructor(
    readonly code: TDomainErrorCode,
    text: TMessage,
    readonly fieldErrors?: Record<string, Array<string | TMessage>>,
  ) {
    super(translate("vi", text));
    this.name = "DomainError";
    this.text = text;
  }

  messageIn(locale: TLocale): string {
    return translate(locale, this.text);
  }

  /** The field errors in the reader's language (a zod message is already worded when parsed). */
  fieldErrorsIn(locale: TLocale): Record<string, string[]> | undefined {
    if (!this.fieldErrors) return undefined;
    return Object.fromEntries(
      Object.entries(this.fieldErrors).map(([field, list]) => [
        field,
        list.map((m) => (typeof m === "string" ? m : translate(locale, m))),
      ]),
    );
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}
