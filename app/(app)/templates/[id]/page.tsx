import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TemplateForm } from "@/components/templates/template-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { getTemplateOrThrow } from "@/lib/server/templates/get-template-or-throw";

export const metadata: Metadata = { title: "Sửa quy trình mẫu" };

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const loaded = await getTemplateOrThrow(actor, { templateId: id }, new Date()).then(
    (template) => ({ ok: true as const, template }),
    (e: unknown) => {
      if (isDomainError(e) && e.code === "NOT_FOUND") notFound();
      if (isDomainError(e)) return { ok: false as const, refusal: e.message };
      throw e;
    },
  );
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title="Sửa quy trình mẫu" />
        <EmptyState title={loaded.refusal} />
      </>
    );
  }
  const { template } = loaded;
  return (
    <>
      <PageHeader
        title={`Sửa quy trình: ${template.name}`}
        subtitle={`${template.unit ? `Của ${template.unit.name}` : "Dùng chung toàn Ngành"} · đã dùng cho ${template.taskCount} nhiệm vụ${template.isActive ? "" : " · đang ngừng dùng"}`}
      />
      <TemplateForm templateId={template.id} initial={template} />
    </>
  );
}
