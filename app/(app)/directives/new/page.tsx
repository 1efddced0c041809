import type { Metadata } from "next";
import { DirectiveForm } from "@/components/directives/directive-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { localDateOf } from "@/lib/domain/calendar";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { canCreateDirective } from "@/lib/server/directives/can-create-directive";
import { findDirectiveNumbers } from "@/lib/server/directives/find-directive-numbers";

export const metadata: Metadata = { title: "Thêm văn bản chỉ đạo" };

export default async function NewDirectivePage() {
  const actor = await requireActorOrRedirect();
  if (!canCreateDirective(actor)) {
    return (
      <>
        <PageHeader title="Thêm văn bản chỉ đạo" />
        <EmptyState title="Bạn không có quyền thêm văn bản chỉ đạo.">Lãnh đạo đơn vị, Vụ Tổ chức cán bộ và quản trị hệ thống được thêm văn bản.</EmptyState>
      </>
    );
  }
  const now = new Date();
  return (
    <>
      <PageHeader title="Thêm văn bản chỉ đạo" subtitle="Nhập đúng số, ký hiệu và trích yếu như trên văn bản." />
      <DirectiveForm today={localDateOf(now)} knownNumbers={await findDirectiveNumbers(actor, {}, now)} />
    </>
  );
}
