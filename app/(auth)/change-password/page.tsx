import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { getSignedInPerson } from "@/lib/server/auth/get-current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("changeTitle") };
}
export const dynamic = "force-dynamic";

// The step every page sends a person to while an administrator's temporary password is theirs
// (requireActorOrRedirect); the action behind the form is the only one they may use meanwhile.
export default async function ChangePasswordPage() {
  const person = await getSignedInPerson();
  if (!person) redirect("/login");
  const t = await getTranslations("auth");
  const required = person.pending === "change-password";
  return (
    <AuthCard title={t("changeTitle")} intro={`${required ? `${t("changeRequiredIntro")} ` : ""}${t("changeIntro")}`}>
      <ChangePasswordForm thenGoHome />
    </AuthCard>
  );
}
