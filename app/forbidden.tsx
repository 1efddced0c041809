import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** What a page answers, with HTTP 403, when the person may see the thing but not do what the page is for. */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600" data-testid="forbidden">
        {t("body")}
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">{t("home")}</Link>
    </main>
  );
}
