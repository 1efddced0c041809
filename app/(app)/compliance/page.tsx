import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { AttentionPeople } from "@/components/dashboards/attention-people";
import { CommendationCandidates } from "@/components/dashboards/commendation-candidates";
import { ComplianceTable } from "@/components/dashboards/compliance-table";
import { DashboardFilters } from "@/components/dashboards/dashboard-filters";
import { dashboardHref, summaryWorkbookHref } from "@/components/dashboards/dashboard-href";
import { Notices } from "@/components/dashboards/notices";
import { ReviewCandidates } from "@/components/dashboards/review-candidates";
import { UnitBreadcrumb } from "@/components/dashboards/unit-breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { decisionFormHref } from "@/components/decisions/decision-form-href";
import { localDateOf } from "@/lib/domain/calendar";
import { mayRecordDecisions } from "@/lib/domain/decisions/may-record-decision";
import { periodKeyOfRange } from "@/lib/domain/decisions/period-key-of-range";
import { formatDate } from "@/lib/domain/format";
import { commendationCriteriaText, defaultCommendationCriteria, defaultReviewCriteria } from "@/lib/domain/rollups";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getComplianceView } from "@/lib/server/dashboards/get-compliance-view";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";
import { periodPresets } from "@/lib/server/dashboards/period-presets";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compliance");
  return { title: t("metaTitle") };
}

export default async function CompliancePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const locale = await getLocale();
  const t = await getTranslations("compliance");
  const { query, notices } = parseDashboardQuery(
    await searchParams,
    ["unit", "directive", "from", "to", "level", "sort", "dir"] as const,
    locale,
  );
  const now = new Date();
  const v = await orNotFound(getComplianceView(actor, query, now));
  const filters = { directive: query.directive, from: query.from, to: query.to, level: query.level };
  const here = { ...filters, unit: v.parent.id, sort: query.sort, dir: query.dir };
  const personHref = (id: string) =>
    dashboardHref(`/compliance/person/${id}`, { directive: query.directive, from: query.from, to: query.to });
  const judged = v.candidates.period;
  // A candidate's decision names the judged period when it is a month, a quarter or a year. The
  // candidates are those of the actor's scope, so a head may decide about each but themselves.
  const judgedKey = periodKeyOfRange(localDateOf(judged.from), localDateOf(new Date(judged.to.getTime() - 1)));
  const mayDecide = mayRecordDecisions(actor);
  const decisionHref = (kind: "REVIEW" | "COMMENDATION") =>
    mayDecide
      ? (id: string) => (id === actor.id ? null : decisionFormHref({ person: id, kind, period: judgedKey }))
      : undefined;
  const judgedText = `${formatDate(judged.from)} – ${formatDate(new Date(judged.to.getTime() - 1))}${v.candidates.isDefaultPeriod ? ` ${t("defaultPeriod")}` : ""}`;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { date: formatDate(now) })}>
        <p className="no-print flex gap-3 text-sm">
          <Link
            className="text-brand-700 hover:underline"
            href={dashboardHref("/dashboard", { ...filters, unit: v.parent.id })}
          >
            {t("unitDashboard", { unit: v.parent.name })}
          </Link>
          <Link
            className="text-brand-700 hover:underline"
            href={dashboardHref("/reports/summary", { ...filters, level: undefined, unit: v.parent.id })}
          >
            {t("printReport")}
          </Link>
          <a className="text-brand-700 hover:underline" href={summaryWorkbookHref({ ...filters, unit: v.parent.id })}>
            {t("downloadExcel")}
          </a>
        </p>
      </PageHeader>
      <Notices notices={notices} />
      <UnitBreadcrumb units={v.breadcrumb} hrefFor={(id) => dashboardHref("/compliance", { ...filters, unit: id })} />
      <DashboardFilters
        action="/compliance"
        params={{ ...filters, unit: v.parent.id }}
        keep={{ sort: query.sort, dir: query.dir }}
        directives={v.directives}
        presets={periodPresets(now, locale)}
      />

      <Section title={t("unitsTitle", { unit: v.parent.name })} count={v.rows.length}>
        {v.rows.length === 0 && <p className="mb-2 text-sm text-slate-600">{t("noSubunits")}</p>}
        <ComplianceTable
          rows={v.rows}
          own={v.own}
          total={v.total}
          parent={v.parent}
          sort={v.sort}
          dir={v.dir}
          links={{
            sortHref: (sort, dir) => dashboardHref("/compliance", { ...here, sort, dir }),
            drillHref: (unit) => dashboardHref("/compliance", { ...filters, unit, sort: query.sort, dir: query.dir }),
            dashboardHref: (unit) => dashboardHref("/dashboard", { ...filters, unit }),
            listHref: (unit, extra) => dashboardHref("/dashboard/list", { ...filters, unit, ...extra }),
          }}
        />
      </Section>

      <Section title={t("attentionTitle")} count={v.people.length}>
        {v.people.length === 0 ? (
          <EmptyState title={t("attentionEmpty")} />
        ) : (
          <AttentionPeople people={v.people} personHref={personHref} />
        )}
      </Section>

      <p className="mb-3 text-sm text-slate-600">{t("judgedPeriod", { period: judgedText })}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <Section title={t("reviewTitle")} count={v.candidates.review.total}>
          <ReviewCandidates
            candidates={v.candidates.review.shown}
            total={v.candidates.review.total}
            rules={defaultReviewCriteria.map((r) => r.text)}
            personHref={personHref}
            decisionHref={decisionHref("REVIEW")}
          />
        </Section>
        <Section title={t("commendationTitle")} count={v.candidates.commendation.length}>
          <CommendationCandidates
            candidates={v.candidates.commendation}
            rules={commendationCriteriaText(defaultCommendationCriteria)}
            personHref={personHref}
            decisionHref={decisionHref("COMMENDATION")}
          />
        </Section>
      </div>
    </>
  );
}
