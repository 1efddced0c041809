import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { TemplateForm } from "@/components/templates/template-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isUnitHead } from "@/lib/domain/access/roles";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.new");
  return { title: t("title") };
}

export default async function NewTemplatePage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("templates.new");
  const tKind = await getTranslations("enums.stepKind");
  const isAdmin = actor.roles.includes("ADMIN");
  if (!isAdmin && !isUnitHead(actor)) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("forbidden")}>{t("forbiddenHint")}</EmptyState>
      </>
    );
  }
  return (
    <ClientMessages namespaces={["templates"]}>
      <PageHeader
        title={t("title")}
        subtitle={isAdmin ? t("subtitleShared") : t("subtitleUnit", { unit: actor.unitName })}
      />
      <TemplateForm stepKinds={stepKinds.map((value) => ({ value, label: tKind(value) }))} />
    </ClientMessages>
  );
}
