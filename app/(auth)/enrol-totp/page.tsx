import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/components/auth/auth-card";
import { TotpEnrolment } from "@/components/auth/totp-enrolment";
import { getSignedInPerson } from "@/lib/server/auth/get-current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("totpTitle") };
}
export const dynamic = "force-dynamic";

// Where every page sends a person whose role requires a second factor they have not enrolled
// (TOTP_REQUIRED_ROLES, requireActorOrRedirect); its two actions are all they may use meanwhile.
export default async function EnrolTotpPage() {
  const person = await getSignedInPerson();
  if (!person) redirect("/login");
  if (person.pending === "change-password") redirect("/change-password");
  const t = await getTranslations("auth");
  const intro = person.pending === "enrol-totp" ? `${t("totpRequiredIntro")} ${t("totpIntro")}` : t("totpIntro");
  return (
    <AuthCard title={t("totpTitle")} intro={intro}>
      <TotpEnrolment thenGoHome />
    </AuthCard>
  );
}
