import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TemplateForm } from "@/components/templates/template-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { getTemplateOrThrow } from "@/lib/server/templates/get-template-or-throw";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.edit");
  return { title: t("metaTitle") };
}

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("templates.edit");
  const tKind = await getTranslations("enums.stepKind");
  const locale = await getLocale();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const loaded = await getTemplateOrThrow(actor, { templateId: id }, new Date()).then(
    (template) => ({ ok: true as const, template }),
    (e: unknown) => {
      if (isDomainError(e) && e.code === "NOT_FOUND") notFound();
      if (isDomainError(e)) return { ok: false as const, refusal: e.messageIn(locale) };
      throw e;
    },
  );
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t("metaTitle")} />
        <EmptyState title={loaded.refusal} />
      </>
    );
  }
  const { template } = loaded;
  return (
    <>
      <PageHeader
        title={t("title", { name: template.name })}
        subtitle={[
          template.unit ? t("ofUnit", { unit: template.unit.name }) : t("shared"),
          t("usedFor", { count: template.taskCount }),
          ...(template.isActive ? [] : [t("inactive")]),
        ].join(" · ")}
      />
      <TemplateForm templateId={template.id} initial={template} stepKinds={stepKinds.map((value) => ({ value, label: tKind(value) }))} />
    </>
  );
}
