import { getLocale, getMessages } from "next-intl/server";
import { type TPageClientNamespace } from "@/lib/i18n/client-namespaces";
import type { TLocale } from "@/lib/i18n/locales";
import { WordsProvider } from "./words-provider";

/**
 * Sends a page's client components the catalog namespaces they read, on top of the ones every
 * page has (CLIENT_NAMESPACES, from the root layout, which WordsProvider keeps), so that no page
 * carries the sentences of every other page's forms.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly TPageClientNamespace[];
  children: React.ReactNode;
}) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]));
  return (
    <WordsProvider locale={(await getLocale()) as TLocale} messages={picked}>
      {children}
    </WordsProvider>
  );
}
