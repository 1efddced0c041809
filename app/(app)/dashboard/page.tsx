import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { TrendChartPanel } from "@/components/charts/trend-chart-panel";
import { CategoryCards } from "@/components/dashboards/category-cards";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { dashboardHref, summaryWorkbookHref, type TDashboardParams } from "@/components/dashboards/dashboard-href";
import { EscalationList } from "@/components/dashboards/escalation-list";
import { Notices } from "@/components/dashboards/notices";
import { PersonSignals } from "@/components/dashboards/person-signals";
import { RollupItemsTable } from "@/components/dashboards/rollup-items-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Fold } from "@/components/ui/fold";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/domain/format";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getUnitDashboard } from "@/lib/server/dashboards/get-unit-dashboard";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";
import { periodPresets } from "@/lib/server/dashboards/period-presets";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("metaTitle") };
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const { query, notices } = parseDashboardQuery(
    await searchParams,
    ["unit", "directive", "from", "to", "level"] as const,
    locale,
  );
  const now = new Date();
  const d = await orNotFound(getUnitDashboard(actor, query, now));
  const level = query.level ?? "step";
  const params: TDashboardParams = { ...query, unit: d.unit.id };
  const list = (extra: Record<string, string | undefined>) => dashboardHref("/dashboard/list", { ...params, ...extra });
  return (
    <>
      <PageHeader title={t("title", { unit: d.unit.name })} subtitle={t("subtitle", { date: formatDate(now) })}>
        <p className="no-print flex gap-3 text-sm">
          <Link
            className="text-brand-700 hover:underline"
            href={dashboardHref("/reports/summary", { ...params, level: undefined })}
          >
            {t("printReport")}
          </Link>
          <a className="text-brand-700 hover:underline" href={summaryWorkbookHref(params)}>
            {t("downloadExcel")}
          </a>
        </p>
      </PageHeader>
      <Notices notices={notices} />
      <DashboardFilters
        action="/dashboard"
        params={params}
        directives={d.directives}
        presets={periodPresets(now, locale)}
      />
      <CategoryCards row={d.totals} level={level} hrefFor={(category) => list({ category })} totalHref={list({})} />

      <Section title={t("overdueTitle")} count={d.overdue.total} testId="overdue-section">
        {d.overdue.items.length === 0 ? (
          <EmptyState title={t("overdueEmpty")} />
        ) : (
          <>
            <Fold count={d.overdue.items.length} items="steps">
              <RollupItemsTable
                items={d.overdue.items}
                caption={t("overdueTitle")}
                personHref={(id) => list({ person: id })}
              />
            </Fold>
            {d.overdue.total > d.overdue.items.length && (
              <p className="mt-2 text-sm">
                <Link className="text-brand-700 hover:underline" href={list({ category: "OVERDUE" })}>
                  {t("overdueSeeAll", { count: d.overdue.total })}
                </Link>
              </p>
            )}
          </>
        )}
      </Section>

      <Section title={t("peopleTitle")} count={d.people.length} testId="people-section">
        {d.people.length === 0 ? (
          <EmptyState title={t("peopleEmpty")} />
        ) : (
          <Fold count={d.people.length} items="people">
            <PersonSignals
              people={d.people}
              signals={d.signals.signals}
              itemsHref={(person, category) => list({ person, category, level: "step" })}
              signalsHref={(person) => list({ person, show: "signals" })}
            />
          </Fold>
        )}
      </Section>

      <Section title={t("escalationsTitle")} count={d.escalations.total}>
        {d.escalations.total === 0 ? (
          <EmptyState title={t("escalationsEmpty")} />
        ) : (
          <EscalationList escalations={d.escalations.escalations} />
        )}
      </Section>

      <Section title={t("trendSection")}>
        <TrendChartPanel
          title={t("trendTitle", { level })}
          data={d.trend}
          hrefFor={(month, category) => list({ month, category })}
        />
      </Section>
    </>
  );
}
