import type { Metadata } from "next";
import { TemplateForm } from "@/components/templates/template-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isUnitHead } from "@/lib/domain/access/roles";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";

export const metadata: Metadata = { title: "Tạo quy trình mẫu" };

export default async function NewTemplatePage() {
  const actor = await requireActorOrRedirect();
  const isAdmin = actor.roles.includes("ADMIN");
  if (!isAdmin && !isUnitHead(actor)) {
    return (
      <>
        <PageHeader title="Tạo quy trình mẫu" />
        <EmptyState title="Bạn không có quyền tạo quy trình mẫu.">Lãnh đạo đơn vị tạo quy trình cho đơn vị mình; quản trị hệ thống tạo quy trình dùng chung.</EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Tạo quy trình mẫu"
        subtitle={isAdmin ? "Quy trình dùng chung cho toàn Ngành." : `Quy trình của ${actor.unitName}, dùng cho đơn vị và các đơn vị trực thuộc.`}
      />
      <TemplateForm />
    </>
  );
}
