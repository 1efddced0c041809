import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { dashboardHref } from "@/components/dashboards/dashboard-href";
import { formatMonth } from "@/components/dashboards/format-rate";
import { Notices } from "@/components/dashboards/notices";
import { RollupItemsTable } from "@/components/dashboards/rollup-items-table";
import { SignalsTable } from "@/components/dashboards/signals-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { formatLocalDate } from "@/lib/domain/format";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findDashboardList } from "@/lib/server/dashboards/find-dashboard-list";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard.list");
  return { title: t("metaTitle") };
}

const keys = [
  "unit",
  "directive",
  "from",
  "to",
  "level",
  "category",
  "person",
  "month",
  "own",
  "show",
  "kind",
  "page",
] as const;

export default async function DashboardListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("dashboard.list");
  const tEnum = await getTranslations("enums");
  const { query, notices } = parseDashboardQuery(await searchParams, keys, await getLocale());
  const d = await orNotFound(findDashboardList(actor, query, new Date()));
  const showSignals = d.show === "signals";
  const what = showSignals
    ? query.kind
      ? tEnum(`signalKind.${query.kind}`)
      : t("signals")
    : query.category
      ? tEnum(`reportCategory.${query.category}`)
      : t("all", { level: query.level ?? "step" });
  const scope = [
    query.own ? t("unitOwn", { unit: d.unit.name }) : t("unitTree", { unit: d.unit.name }),
    d.person ? t("person", { name: d.person.name }) : null,
    query.month ? t("month", { month: formatMonth(query.month) }) : null,
    query.from ? t("from", { date: formatLocalDate(query.from) }) : null,
    query.to ? t("to", { date: formatLocalDate(query.to) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const back = dashboardHref("/dashboard", {
    unit: d.unit.id,
    directive: query.directive,
    from: query.from,
    to: query.to,
    level: query.level,
  });
  const pageHref = (page: number) => dashboardHref("/dashboard/list", { ...query, page });
  return (
    <>
      <PageHeader title={`${what}: ${d.result.total}`} subtitle={scope}>
        <Link href={back} className="no-print text-sm text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </PageHeader>
      <Notices notices={notices} />
      {d.result.total === 0 ? (
        <EmptyState title={t("empty")} />
      ) : d.show === "signals" ? (
        <SignalsTable signals={d.result.signals} caption={`${what}, ${scope}`} />
      ) : (
        <RollupItemsTable
          items={d.result.items}
          caption={`${what}, ${scope}`}
          personHref={(person) => dashboardHref("/dashboard/list", { ...query, person, page: undefined })}
        />
      )}
      <Pagination page={d.result.page} pageCount={d.result.pageCount} hrefFor={pageHref} />
    </>
  );
}
