import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, getLocale } from "next-intl/server";
import { z } from "zod";
import { AdminResetPasswordButton } from "@/components/auth/admin-reset-password-button";
import { CategoryCards } from "@/components/dashboards/category-cards";
import { dashboardHref } from "@/components/dashboards/dashboard-href";
import { Notices } from "@/components/dashboards/notices";
import { RollupItemsTable } from "@/components/dashboards/rollup-items-table";
import { SignalsTable } from "@/components/dashboards/signals-table";
import { EmptyState } from "@/components/ui/empty-state";
import { decisionFormHref } from "@/components/decisions/decision-form-href";
import { PageHeader } from "@/components/ui/page-header";
import { mayRecordDecision } from "@/lib/domain/decisions/may-record-decision";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { localDateOf } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";
import type { TRollupRow } from "@/lib/domain/rollups";
import { parseDashboardQuery } from "@/lib/schemas/dashboard";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getPersonCompliance } from "@/lib/server/dashboards/get-person-compliance";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compliance.person");
  return { title: t("metaTitle") };
}

const empty: TRollupRow = {
  key: "",
  total: 0,
  categories: { DONE_ON_TIME: 0, DONE_LATE: 0, IN_TIME: 0, OVERDUE: 0 },
  signals: {} as TRollupRow["signals"],
  signalTotal: 0,
  onTimeRate: null,
  averageWorkingDaysLate: null,
  extended: 0,
  doneWithinExtension: 0,
};

export default async function PersonCompliancePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("compliance.person");
  const tCategory = await getTranslations("enums.reportCategory");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const { query, notices } = parseDashboardQuery(
    await searchParams,
    ["directive", "from", "to", "category", "page"] as const,
    await getLocale(),
  );
  const now = new Date();
  const p = await orNotFound(getPersonCompliance(actor, id.data, query, now));
  const base = `/compliance/person/${p.person.id}`;
  const filters = { directive: query.directive, from: query.from, to: query.to };
  const period =
    [
      query.from && t("from", { date: formatLocalDate(query.from) }),
      query.to && t("to", { date: formatLocalDate(query.to) }),
    ]
      .filter(Boolean)
      .join(" ") || t("allTime");
  return (
    <>
      <PageHeader
        title={p.person.name}
        subtitle={[p.person.title, p.person.unit.name, t("period", { period })].filter(Boolean).join(" · ")}
      >
        <Link
          href={dashboardHref("/compliance", { ...filters, unit: p.person.unit.id })}
          className="no-print text-sm text-brand-700 hover:underline"
        >
          ← {p.person.unit.name}
        </Link>
        <Link
          href={`/evaluations/${p.person.id}/${localDateOf(now).slice(0, 7)}`}
          className="no-print ml-4 text-sm text-brand-700 hover:underline"
        >
          {t("scorecardLink")}
        </Link>
        {mayRecordDecision(actor, { id: p.person.id, unitPath: p.person.unit.path }) && (
          <Link
            href={decisionFormHref({ person: p.person.id, kind: "REVIEW", period: null })}
            className="no-print ml-4 text-sm text-brand-700 hover:underline"
            data-testid="record-decision-link"
          >
            {t("recordDecision")}
          </Link>
        )}
        <Link
          href={`/decisions?person=${p.person.id}`}
          className="no-print ml-4 text-sm text-brand-700 hover:underline"
        >
          {t("decisionsLink")}
        </Link>
      </PageHeader>
      <Notices notices={notices} />
      <CategoryCards
        row={p.row ?? empty}
        level="step"
        hrefFor={(category) => dashboardHref(base, { ...filters, category })}
        totalHref={dashboardHref(base, filters)}
      />
      <Section
        title={query.category ? t("stepsIn", { category: tCategory(query.category) }) : t("steps")}
        count={p.steps.total}
      >
        {p.steps.items.length === 0 ? (
          <EmptyState title={t("stepsEmpty")} />
        ) : (
          <RollupItemsTable items={p.steps.items} caption={t("stepsCaption")} />
        )}
        <Pagination
          page={p.steps.page}
          pageCount={p.steps.pageCount}
          hrefFor={(page) => dashboardHref(base, { ...filters, category: query.category, page })}
        />
      </Section>
      <Section title={t("signals")} count={p.signals.total}>
        {p.signals.total === 0 ? (
          <EmptyState title={t("signalsEmpty")} />
        ) : (
          <SignalsTable signals={p.signals.signals} caption={t("signalsCaption")} />
        )}
      </Section>
      {actor.roles.includes("ADMIN") && p.person.id !== actor.id && (
        <Section title={(await getTranslations("auth"))("adminResetTitle")} testId="section-admin-reset-password">
          <AdminResetPasswordButton userId={p.person.id} />
        </Section>
      )}
    </>
  );
}
