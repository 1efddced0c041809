import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DirectiveSearchForm } from "@/components/directives/directive-search-form";
import { DirectiveTable } from "@/components/directives/directive-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { canCreateDirective } from "@/lib/server/directives/can-create-directive";
import { findDirectives } from "@/lib/server/directives/find-directives";

export const metadata: Metadata = { title: "Văn bản chỉ đạo" };

const ZQuery = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
}).catch({ q: "", page: 1 });

export default async function DirectivesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActorOrRedirect();
  const { q, page } = ZQuery.parse(await searchParams);
  const { items, total, pageCount } = await findDirectives(actor, { q, page }, new Date());
  const hrefFor = (p: number) => `/directives?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader title="Văn bản chỉ đạo" subtitle={q ? `${total} văn bản khớp “${q}”` : `${total} văn bản`}>
        {canCreateDirective(actor) && (
          <Link href="/directives/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">Thêm văn bản</Link>
        )}
      </PageHeader>
      <DirectiveSearchForm q={q} />
      {items.length === 0 ? (
        <EmptyState title={q ? `Không có văn bản nào khớp “${q}”.` : "Chưa có văn bản chỉ đạo nào."}>
          {q ? "Thử số hiệu ngắn hơn (ví dụ 1251), một vài từ trong trích yếu, hoặc bỏ dấu." : null}
        </EmptyState>
      ) : (
        <DirectiveTable items={items} caption="Văn bản chỉ đạo, mới nhất trước" />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
