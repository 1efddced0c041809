import format, { type CompiledMessage, type FormatValues } from "icu-minify/format";
import type { useTranslations as TNextIntlUseTranslations } from "next-intl";
import { cloneElement, isValidElement, useMemo } from "react";
import { TIME_ZONE, type TLocale } from "@/lib/i18n/locales";
import { useWords } from "./words-provider";

// The browser's side of next-intl: the same precompiled catalogs, formatted by next-intl's own
// ICU formatter (icu-minify), under the same typed keys as next-intl's useTranslations
// (lib/i18n/app-config.d.ts). What it leaves out is next-intl's client runtime (date, number,
// list and relative-time formatters no client component uses), 2.3 kB of gzip on every
// page (README, Page weight). Server components keep next-intl's own useTranslations.

type TValues = Record<string, unknown>;

function cached<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}

const formatters = {
  getDateTimeFormat: cached(
    (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  ),
  getNumberFormat: cached((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
  getPluralRules: cached((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
};

function lookUp(messages: Record<string, unknown>, path: string): CompiledMessage | undefined {
  let node: unknown = messages;
  for (const part of path.split("."))
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === "string" || Array.isArray(node) ? (node as CompiledMessage) : undefined;
}

/** Rich values return React elements: each gets a key, as next-intl does, so lists of them render cleanly. */
function keyed(values: TValues | undefined): FormatValues<React.ReactNode> | undefined {
  if (!values) return undefined;
  let index = 0;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "function"
        ? (chunks: React.ReactNode[]) => {
            const node = (value as (c: React.ReactNode[]) => React.ReactNode)(chunks);
            return isValidElement(node) ? cloneElement(node, { key: `${name}${index++}` }) : node;
          }
        : value,
    ]),
  ) as FormatValues<React.ReactNode>;
}

function translatorFor(locale: TLocale, messages: Record<string, unknown>, namespace: string | undefined) {
  function rich(key: string, values?: TValues): React.ReactNode {
    const path = namespace ? `${namespace}.${key}` : key;
    const message = lookUp(messages, path);
    if (message === undefined) {
      // As next-intl does in production: say so in the console and show the key, not a blank.
      console.error(`MISSING_MESSAGE: ${path} (${locale})`);
      return path;
    }
    return format<React.ReactNode>(message, locale, keyed(values), {
      formatters,
      timeZone: TIME_ZONE,
    }) as React.ReactNode;
  }
  const t = (key: string, values?: TValues) => {
    const text = rich(key, values);
    return typeof text === "string" ? text : String(text);
  };
  t.rich = rich;
  return t;
}

/** next-intl's useTranslations for client components, typed against the Vietnamese catalog. */
export const useTranslations = ((namespace?: string) => {
  const { locale, messages } = useWords();
  return useMemo(() => translatorFor(locale, messages, namespace), [locale, messages, namespace]);
}) as unknown as typeof TNextIntlUseTranslations;

/** The reader's language, in client components. */
export function useLocale(): TLocale {
  return useWords().locale;
}
