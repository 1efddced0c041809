import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, type TPageClientNamespace } from "@/lib/i18n/client-namespaces";

/**
 * Sends a page's client components the catalog namespaces they read, on top of the ones every
 * page has (CLIENT_NAMESPACES, from the root layout), so that no page carries the sentences of
 * every other page's forms.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly TPageClientNamespace[]; children: React.ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries([...CLIENT_NAMESPACES, ...namespaces].map((ns) => [ns, messages[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
