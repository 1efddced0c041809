"use client";

import { createContext, useContext, useMemo } from "react";
import type { TLocale } from "@/lib/i18n/locales";

export type TWords = { locale: TLocale; messages: Record<string, unknown> };

const WordsContext = createContext<TWords | null>(null);

/**
 * Gives client components the person's language and the catalog namespaces their page sent
 * (precompiled by next-intl's plugin). The root layout sends the shared namespaces, and
 * <ClientMessages> adds a page's own on top of them. Read with useTranslations from
 * ./use-translations.
 */
export function WordsProvider({ locale, messages, children }: TWords & { children: React.ReactNode }) {
  const outer = useContext(WordsContext);
  const value = useMemo(
    () => ({ locale, messages: outer ? { ...outer.messages, ...messages } : messages }),
    [locale, messages, outer],
  );
  return <WordsContext.Provider value={value}>{children}</WordsContext.Provider>;
}

export function useWords(): TWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error("useTranslations needs a <WordsProvider> above it (app/layout.tsx)");
  return words;
}
