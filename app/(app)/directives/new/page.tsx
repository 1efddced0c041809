import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { DirectiveForm } from "@/components/directives/directive-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { localDateOf } from "@/lib/domain/calendar";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { canCreateDirective } from "@/lib/server/directives/can-create-directive";
import { findDirectiveNumbers } from "@/lib/server/directives/find-directive-numbers";
import { directiveKinds } from "@/lib/schemas/directive-kinds";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directives.new");
  return { title: t("title") };
}

export default async function NewDirectivePage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("directives.new");
  const tKind = await getTranslations("enums.directiveKind");
  if (!canCreateDirective(actor)) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("forbidden")}>{t("forbiddenHint")}</EmptyState>
      </>
    );
  }
  const now = new Date();
  return (
    <ClientMessages namespaces={["directives"]}>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <DirectiveForm
        today={localDateOf(now)}
        knownNumbers={await findDirectiveNumbers(actor, {}, now)}
        kinds={directiveKinds.map((value) => ({ value, label: tKind(value) }))}
      />
    </ClientMessages>
  );
}
