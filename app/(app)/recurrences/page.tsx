import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RecurrenceRow } from "@/components/recurrences/recurrence-row";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { recurrenceReadScope } from "@/lib/server/recurrences/recurrence-read-scope";
import { findRecurrences } from "@/lib/server/recurrences/find-recurrences";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recurrences.list");
  return { title: t("title") };
}

const ZQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
    created: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
  })
  .catch({ page: 1, created: undefined });

export default async function RecurrencesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("recurrences.list");
  if (!recurrenceReadScope(actor)) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("forbidden")}>{t("forbiddenHint")}</EmptyState>
      </>
    );
  }
  const { page, created } = ZQuery.parse(await searchParams);
  const { items, total, pageCount } = await findRecurrences(actor, { page }, new Date());
  const canCreate = assignmentScopeOf(actor) !== null;
  return (
    <ClientMessages namespaces={["recurrences"]}>
      <PageHeader title={t("title")} subtitle={t("subtitle", { count: total })}>
        {canCreate && (
          <Link
            href="/recurrences/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("create")}
          </Link>
        )}
      </PageHeader>
      {created !== undefined && (
        <p
          role="status"
          data-testid="created-notice"
          className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900"
        >
          {t("createdNotice", { count: created })}
        </p>
      )}
      {items.length === 0 ? (
        <EmptyState title={t("empty")}>{canCreate ? t("emptyHint") : null}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {items.map((r) => (
            <RecurrenceRow key={r.id} r={r} />
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/recurrences?page=${p}`} />
    </ClientMessages>
  );
}
