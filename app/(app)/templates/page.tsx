import type { Metadata } from "next";
import Link from "next/link";
import { TemplateCard } from "@/components/templates/template-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isUnitHead } from "@/lib/domain/access/roles";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findTemplates } from "@/lib/server/templates/find-templates";

export const metadata: Metadata = { title: "Quy trình mẫu" };

export default async function TemplatesPage() {
  const actor = await requireActorOrRedirect();
  const templates = await findTemplates(actor, {}, new Date());
  const isAdmin = actor.roles.includes("ADMIN");
  const canCreate = isAdmin || isUnitHead(actor);
  return (
    <>
      <PageHeader
        title="Quy trình mẫu"
        subtitle={isAdmin ? "Quy trình dùng chung toàn Ngành và của các đơn vị" : `Quy trình dùng chung và của ${actor.unitName}`}
      >
        {canCreate && (
          <Link href="/templates/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            Tạo quy trình mẫu
          </Link>
        )}
      </PageHeader>
      {templates.length === 0 ? (
        <EmptyState title="Chưa có quy trình mẫu nào.">{canCreate ? "Tạo quy trình đầu tiên để giao nhiệm vụ theo từng khâu." : null}</EmptyState>
      ) : (
        <ul className="space-y-3">{templates.map((t) => <TemplateCard key={t.id} template={t} />)}</ul>
      )}
    </>
  );
}
