import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The frame of the signed-out pages beside the sign-in page: the agency, a title, a note, the form. */
export async function AuthCard({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: React.ReactNode;
}) {
  const t = await getTranslations("auth");
  return (
    <main className="mx-auto flex min-h-screen max-w-4xl flex-col items-center justify-center p-6 md:justify-start md:pt-24">
      <section className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-600">{t("agency")}</p>
        <h1 className="mb-1 mt-1 text-2xl font-semibold">{title}</h1>
        <p className="mb-6 text-sm text-slate-600">{intro}</p>
        {children}
        <p className="mt-6 border-t border-slate-100 pt-4 text-center text-sm">
          <Link href="/login" className="text-brand-700 underline hover:text-brand-800">
            {t("backToLogin")}
          </Link>
        </p>
      </section>
    </main>
  );
}
