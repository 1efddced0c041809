import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DirectiveTable } from "@/components/directives/directive-table";
import { SearchForm } from "@/components/search/search-form";
import { SearchTips } from "@/components/search/search-tips";
import { TaskResults } from "@/components/search/task-results";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findSearchFilterOptions } from "@/lib/server/search/find-search-filter-options";
import { searchDirectives } from "@/lib/server/search/search-directives";
import { searchTasks } from "@/lib/server/search/search-tasks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title") };
}

const ZQuery = z.object({
  q: z.string().trim().max(200).catch(""),
  unit: z.uuid().nullable().catch(null),
  person: z.uuid().nullable().catch(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("search");
  const now = new Date();
  const { q, unit, person, page } = ZQuery.parse(await searchParams);
  const options = await findSearchFilterOptions(actor, { unitId: unit }, now);
  const hasFilters = !!(unit || person);
  // A unit id that is unknown or outside the remit matches nothing rather than being ignored.
  const asked = (!!q || hasFilters) && !(unit && !options.unitPath);
  const filters = { q, unitPath: options.unitPath, personId: person };
  const [tasks, directives] = asked
    ? await Promise.all([searchTasks(actor, { ...filters, page }, now), searchDirectives(actor, filters, now)])
    : [null, null];
  const hrefFor = (p: number) =>
    `/search?${new URLSearchParams({ q, ...(unit ? { unit } : {}), ...(person ? { person } : {}), page: String(p) })}`;
  const personHint = options.people.length === 0 ? t("personHint") : null;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <SearchForm
        q={q}
        unitId={unit}
        personId={person}
        units={options.units}
        people={options.people}
        personHint={personHint}
      />
      {!tasks || !directives ? (
        <EmptyState title={unit && !options.unitPath ? t("outOfScope") : t("prompt")}>
          <SearchTips hasFilters={false} />
        </EmptyState>
      ) : tasks.total === 0 && directives.total === 0 ? (
        <EmptyState title={q ? t("noMatchQuery", { q }) : t("noMatchFilters")}>
          <SearchTips hasFilters={hasFilters} />
        </EmptyState>
      ) : (
        <>
          <Section title={t("directives")} count={directives.total}>
            {directives.total === 0 ? (
              <EmptyState title={t("directivesEmpty")} />
            ) : (
              <DirectiveTable items={directives.items} caption={t("directivesCaption")} />
            )}
            {directives.total > directives.items.length && (
              <p className="mt-2 text-sm">
                <Link href={`/directives?q=${encodeURIComponent(q)}`} className="text-brand-700 hover:underline">
                  {t("allDirectives", { count: directives.total })}
                </Link>
              </p>
            )}
          </Section>
          <Section
            title={t("tasks")}
            count={tasks.totalIsCapped ? t("countOver", { count: tasks.total }) : tasks.total}
          >
            {tasks.totalIsCapped && (
              <p className="mb-2 text-sm text-slate-600" data-testid="search-capped">
                {t("cappedHint", { count: tasks.total })}
              </p>
            )}
            {tasks.total === 0 ? (
              <EmptyState title={t("tasksEmpty")}>
                <SearchTips hasFilters={hasFilters} />
              </EmptyState>
            ) : (
              <TaskResults items={tasks.items} />
            )}
            <Pagination page={page} pageCount={tasks.pageCount} hrefFor={hrefFor} />
          </Section>
        </>
      )}
    </>
  );
}
