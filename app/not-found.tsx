import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="mx-auto max-w-xl p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600" data-testid="not-found">
        {t("body")}
      </p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">{t("home")}</Link>
    </main>
  );
}
