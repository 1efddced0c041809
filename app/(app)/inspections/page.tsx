import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { CreateInspectionForm } from "@/components/inspections/create-inspection-form";
import { CreatePlanForm } from "@/components/inspections/create-plan-form";
import { PlanList } from "@/components/inspections/plan-list";
import { InspectionOverview } from "@/components/inspections/inspection-overview";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { isUnitHead } from "@/lib/domain/access/roles";
import { canEditChecklists } from "@/lib/domain/inspections/can-edit-checklists";
import { isOverseer } from "@/lib/domain/inspections/inspection-access";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findInspectionPlans } from "@/lib/server/inspections/find-inspection-plans";
import { getCreateInspectionOptions, getCreatePlanOptions } from "@/lib/server/inspections/get-inspection-form-options";
import { getInspectionOverview } from "@/lib/server/inspections/get-inspection-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspections");
  return { title: t("title") };
}

export default async function InspectionsPage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("inspections");
  const now = new Date();
  const [overview, createOptions, plans, planOptions] = await Promise.all([
    getInspectionOverview(actor, now),
    getCreateInspectionOptions(actor, now),
    findInspectionPlans(actor),
    getCreatePlanOptions(actor, now),
  ]);
  const mine = overview.inspections.filter((i) => i.team.some((m) => m.user.id === actor.id));
  const follows = isOverseer(actor) || isUnitHead(actor);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        {canEditChecklists(actor) && (
          <Link href="/inspections/checklists" className="text-sm font-medium text-brand-700 underline">
            {t("checklists.link")}
          </Link>
        )}
      </PageHeader>
      {mine.length > 0 && (
        <Section title={t("mine")} count={mine.length} testId="inspections-mine">
          <InspectionTable rows={mine} testId="inspections-mine-table" />
        </Section>
      )}
      <Section title={t("all")} count={overview.inspections.length} testId="inspections-all">
        {overview.inspections.length === 0 ? (
          <EmptyState title={t("allEmpty")}>{t("allEmptyHint")}</EmptyState>
        ) : (
          <InspectionTable rows={overview.inspections} testId="inspections-all-table" />
        )}
      </Section>
      {follows && <InspectionOverview overview={overview} />}
      {planOptions && (
        <Section title={t("plans.title")} count={plans.length} testId="inspection-plans">
          {plans.length === 0 ? (
            <EmptyState title={t("plans.empty")}>{t("plans.emptyHint")}</EmptyState>
          ) : (
            <PlanList plans={plans} />
          )}
          <h3 className="mt-6 mb-2 font-semibold">{t("forms.plan.title")}</h3>
          <ClientMessages namespaces={["inspections"]}>
            <CreatePlanForm options={planOptions} />
          </ClientMessages>
        </Section>
      )}
      {createOptions && (
        <Section title={t("forms.create.title")} testId="inspection-create">
          <ClientMessages namespaces={["inspections"]}>
            <CreateInspectionForm options={createOptions} />
          </ClientMessages>
        </Section>
      )}
    </>
  );
}
