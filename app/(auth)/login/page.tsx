import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { LocaleSwitch } from "@/components/auth/locale-switch";
import { SsoButton } from "@/components/auth/sso-button";
import { env } from "@/lib/env";
import { getCurrentActor } from "@/lib/server/auth/get-current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getCurrentActor()) redirect("/");
  const { isDemoMode, oidc, passwordSignIn } = env();
  const t = await getTranslations("auth");
  return (
    <main className="mx-auto flex min-h-screen max-w-4xl flex-col items-center justify-center gap-8 p-6 md:flex-row md:items-start md:pt-24">
      <section className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-600">{t("agency")}</p>
        <h1 className="mb-1 mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mb-6 text-sm text-slate-600">{t("tagline")}</p>
        {oidc && <SsoButton />}
        {oidc && passwordSignIn && (
          <p className="my-4 text-center text-xs uppercase tracking-wide text-slate-500">{t("ssoOr")}</p>
        )}
        {passwordSignIn ? (
          <>
            <LoginForm />
            <p className="mt-4 text-center text-sm">
              <Link href="/forgot-password" className="text-brand-700 underline hover:text-brand-800">
                {t("forgotLink")}
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-4 text-sm text-slate-600">{t("passwordSignInOff")}</p>
        )}
        <div className="mt-6 border-t border-slate-100 pt-4">
          <LocaleSwitch />
        </div>
      </section>
      {isDemoMode && passwordSignIn && <DemoAccounts />}
    </main>
  );
}
