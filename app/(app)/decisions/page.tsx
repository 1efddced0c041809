import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DecisionFilters } from "@/components/decisions/decision-filters";
import { DecisionList } from "@/components/decisions/decision-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { hasSectorWideView, isUnitHead } from "@/lib/domain/access/roles";
import { decisionKinds } from "@/lib/schemas/decisions";
import { parseDecisionListQuery, type TDecisionListQuery } from "@/lib/schemas/decision-query";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findDecisions } from "@/lib/server/decisions/find-decisions";
import { findDecisionUnitPath } from "@/lib/server/decisions/find-decision-unit-path";
import { findSignalFilterOptions } from "@/lib/server/signals/find-signal-filter-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("decisions");
  return { title: t("title") };
}

function hrefWith(q: TDecisionListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const k of ["unit", "person", "kind", "period"] as const) if (q[k]) params.set(k, q[k]);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/decisions?${query}` : "/decisions";
}

export default async function DecisionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("decisions");
  const q = parseDecisionListQuery(await searchParams);
  const oversees = isUnitHead(actor) || hasSectorWideView(actor);
  const [unitPath, options] = await Promise.all([
    findDecisionUnitPath(q.unit),
    oversees ? findSignalFilterOptions(actor) : Promise.resolve(null),
  ]);
  const result = await findDecisions(actor, {
    userId: q.person,
    unitPath: unitPath ?? undefined,
    periodKey: q.period,
    kind: q.kind,
    page: q.page,
  });
  const kinds = decisionKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }));
  const filtered = Boolean(q.person || q.unit || q.period || q.kind);
  const subtitle = !oversees
    ? t("subtitleMine")
    : hasSectorWideView(actor)
      ? t("subtitleSector")
      : t("subtitleUnit", { unit: actor.unitName });
  return (
    <>
      <PageHeader title={t("title")} subtitle={subtitle} />
      {q.recorded && (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          data-testid="decision-recorded"
        >
          {t("recorded")}
        </p>
      )}
      {q.periodInvalid && (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("periodInvalid")}
        </p>
      )}
      <Section title={t("listTitle")} count={result.total} testId="section-decisions">
        <DecisionFilters q={q} kinds={kinds} units={options?.units} people={options?.people} />
        {result.items.length === 0 ? (
          <EmptyState title={filtered ? t("emptyFiltered") : t("empty")}>{oversees && t("emptyHint")}</EmptyState>
        ) : (
          <DecisionList items={result.items} showPerson={oversees} />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => hrefWith(q, p)} />
      </Section>
    </>
  );
}
