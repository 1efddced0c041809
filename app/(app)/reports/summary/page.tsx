import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { dashboardHref, summaryWorkbookHref } from "@/components/dashboards/dashboard-href";
import { Notices } from "@/components/dashboards/notices";
import { PrintButton } from "@/components/dashboards/print-button";
import { ReportCountsTable } from "@/components/dashboards/report-counts-table";
import { ReportOverdue, ReportSignals } from "@/components/dashboards/report-lists";
import { formatDate } from "@/lib/domain/format";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";
import { getSummaryReport } from "@/lib/server/reports/get-summary-report";
import { reportPeriodText } from "@/lib/server/reports/report-period-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("metaTitle") };
}

/** The same report as the Excel file, laid out for paper (A4 landscape); navigation is hidden when printed. */
export default async function SummaryReportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const locale = await getLocale();
  const t = await getTranslations("reports");
  const { query, notices } = parseDashboardQuery(
    await searchParams,
    ["unit", "directive", "from", "to"] as const,
    locale,
  );
  const r = await orNotFound(getSummaryReport(actor, query, new Date(), locale));
  const params = { ...query, unit: r.unit.id };
  return (
    <article className="bg-white p-6 print:p-0" data-testid="summary-report">
      <style>{"@page { size: A4 landscape; margin: 15mm; }"}</style>
      <div className="no-print mb-4 flex flex-wrap items-center gap-3">
        <PrintButton label={t("print")} />
        <a className="text-sm text-brand-700 hover:underline" href={summaryWorkbookHref(params)}>
          {t("downloadExcel")}
        </a>
        <Link className="text-sm text-brand-700 hover:underline" href={dashboardHref("/dashboard", params)}>
          {t("backToDashboard")}
        </Link>
      </div>
      <Notices notices={notices} />
      <header className="mb-6 text-center">
        <p className="text-left text-sm font-semibold">{t("agency")}</p>
        <h1 className="mt-2 text-xl font-bold">{t("heading")}</h1>
        <p>{t("unit", { unit: r.unit.name })}</p>
        <p>{t("period", { period: reportPeriodText(r.from, r.to, locale) })}</p>
        {r.directive && <p>{t("directive", { number: r.directive.number, subject: r.directive.subject })}</p>}
        <p>{t("generatedAt", { date: formatDate(r.generatedAt) })}</p>
      </header>
      <ReportCountsTable rows={r.rows} total={r.total} />
      <p className="mt-1 text-xs text-slate-600">{t("note")}</p>
      <ReportSignals signals={r.signals} total={r.signalsTotal} />
      <ReportOverdue items={r.overdue} total={r.overdueTotal} />
    </article>
  );
}
