import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TemplateForm } from "@/components/templates/template-form";
import { PageHeader } from "@/components/ui/page-header";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getTemplateOrThrow } from "@/lib/server/templates/get-template-or-throw";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.edit");
  return { title: t("metaTitle") };
}

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("templates.edit");
  const tKind = await getTranslations("enums.stepKind");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const template = await getTemplateOrThrow(actor, { templateId: id }, new Date()).catch(asPageRefusal);
  return (
    <ClientMessages namespaces={["templates"]}>
      <PageHeader
        title={t("title", { name: template.name })}
        subtitle={[
          template.unit ? t("ofUnit", { unit: template.unit.name }) : t("shared"),
          t("usedFor", { count: template.taskCount }),
          ...(template.isActive ? [] : [t("inactive")]),
        ].join(" · ")}
      />
      <TemplateForm
        templateId={template.id}
        initial={template}
        stepKinds={stepKinds.map((value) => ({ value, label: tKind(value) }))}
      />
    </ClientMessages>
  );
}
