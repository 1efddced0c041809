import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DirectiveSearchForm } from "@/components/directives/directive-search-form";
import { DirectiveTable } from "@/components/directives/directive-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { canCreateDirective } from "@/lib/server/directives/can-create-directive";
import { findDirectives } from "@/lib/server/directives/find-directives";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directives");
  return { title: t("metaTitle") };
}

const ZQuery = z
  .object({
    q: z.string().trim().max(200).catch(""),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  })
  .catch({ q: "", page: 1 });

export default async function DirectivesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("directives.list");
  const { q, page } = ZQuery.parse(await searchParams);
  const { items, total, pageCount } = await findDirectives(actor, { q, page }, new Date());
  const hrefFor = (p: number) => `/directives?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={q ? t("countMatching", { count: total, q }) : t("count", { count: total })}
      >
        {canCreateDirective(actor) && (
          <Link
            href="/directives/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("add")}
          </Link>
        )}
      </PageHeader>
      <DirectiveSearchForm q={q} />
      {items.length === 0 ? (
        <EmptyState title={q ? t("emptyMatching", { q }) : t("empty")}>{q ? t("emptyHint") : null}</EmptyState>
      ) : (
        <DirectiveTable items={items} caption={t("caption")} />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
