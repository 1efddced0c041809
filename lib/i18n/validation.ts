import { createTranslator } from "use-intl/core";
import en from "./validation/en.json";
import vi from "./validation/vi.json";
import { DEFAULT_LOCALE, TIME_ZONE, type TLocale } from "./locales";

// Validation messages are worded while zod parses, synchronously, in whichever language the
// parse was started in: the server action's or API caller's own (withValidationLocale), or the
// page's in the browser. Their catalog is small and separate from the pages' catalog so that a
// form's schema, loaded when it is sent, brings only these sentences with it.

const CATALOGS = { vi, en };
export type TValidationMessages = typeof vi;
export type TValidationKey = Parameters<ReturnType<typeof createTranslator<TValidationMessages>>>[0];
type TValues = Record<string, string | number>;

const translators: Partial<Record<TLocale, (key: TValidationKey, values?: TValues) => string>> = {};
function translatorFor(locale: TLocale) {
  return (translators[locale] ??= createTranslator({ locale, messages: CATALOGS[locale], timeZone: TIME_ZONE }) as (
    key: TValidationKey,
    values?: TValues,
  ) => string);
}

let current: TLocale = DEFAULT_LOCALE;

/**
 * Parses in `locale`. A zod parse without async checks runs start to finish without yielding,
 * so no other request's parse can interleave and see this locale. zod words a failed
 * safeParse's issues only when `error` is first read, so a failed result's error is read here,
 * while the locale is still set.
 */
export function withValidationLocale<T>(locale: TLocale, parse: () => T): T {
  const previous = current;
  current = locale;
  try {
    const result = parse();
    if (isFailedParse(result)) void result.error;
    return result;
  } finally {
    current = previous;
  }
}

function isFailedParse(value: unknown): value is { success: false; error: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { success?: unknown }).success === false &&
    "error" in value
  );
}

/** A validation sentence in the language of the parse under way. */
export function vt(key: TValidationKey, values?: TValues): string {
  return translatorFor(current)(key, values);
}

/** The label of a field ("title" → "tên nhiệm vụ"), in the language of the parse under way. */
export function vLabel(label: TValidationLabel): string {
  return vt(`labels.${label}` as TValidationKey);
}
export type TValidationLabel = keyof TValidationMessages["labels"];

/** zod's `error` option for an inline message: worded when the issue is raised, not when the schema is built. */
export function vm(key: TValidationKey, values?: TValues) {
  return { error: () => vt(key, values) };
}
