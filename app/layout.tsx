import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { WordsProvider } from "@/components/i18n/words-provider";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import type { TLocale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appTitle"), template: `%s · ${t("appName")}` },
    description: t("appDescription"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = (await getLocale()) as TLocale;
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <WordsProvider locale={locale} messages={clientMessages}>
          {children}
        </WordsProvider>
      </body>
    </html>
  );
}
