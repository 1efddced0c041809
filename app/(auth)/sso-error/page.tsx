import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("ssoErrorTitle") };
}
export const dynamic = "force-dynamic";

// Where a refused single sign-on lands (auth-options.ts, callbacks.signIn). The value shown is
// what the identity provider vouched for; it is only text here, one line, and cut short.
export default async function SsoErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ reason?: string | string[]; value?: string | string[] }>;
}) {
  const t = await getTranslations("auth");
  const { reason, value } = await searchParams;
  const who = typeof value === "string" ? value.replace(/\p{Cc}/gu, "").slice(0, 200) : "";
  const key = reason === "inactive" ? "ssoInactive" : reason === "no-claim" ? "ssoNoClaim" : "ssoUnknown";
  return (
    <AuthCard title={t("ssoErrorTitle")} intro="">
      <p data-testid="sso-error" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
        {t(key, { who })}
      </p>
    </AuthCard>
  );
}
