import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateInspectionForm } from "@/components/inspections/create-inspection-form";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { getInspectionPlanOrThrow } from "@/lib/server/inspections/find-inspection-plans";
import { findInspections } from "@/lib/server/inspections/find-inspections";
import { getPlannedInspectionOptions } from "@/lib/server/inspections/get-inspection-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspections");
  return { title: t("plans.title") };
}

/** A yearly plan: its inspections (as the actor may see them) and the form that adds one. */
export default async function InspectionPlanPage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requireActorOrRedirect();
  const { planId } = await params;
  if (!z.uuid().safeParse(planId).success) notFound();
  const t = await getTranslations("inspections");
  const now = new Date();
  // A plan the actor may not plan in is a 404, like a missing one.
  const options = await getPlannedInspectionOptions(actor, planId, now).catch(asPageRefusal);
  const [plan, inspections] = await Promise.all([
    getInspectionPlanOrThrow(actor, planId),
    findInspections(actor, { planId }, now),
  ]);
  return (
    <>
      <PageHeader
        title={t("plans.planLabel", { year: plan.year, title: plan.title })}
        subtitle={plan.inspectingUnit.name}
      >
        <Link href="/inspections" className="text-sm font-medium text-brand-700 underline">
          {t("plans.back")}
        </Link>
      </PageHeader>
      <Section title={t("plans.inspections")} count={inspections.length} testId="plan-inspections">
        {inspections.length === 0 ? (
          <EmptyState title={t("plans.inspectionsEmpty")} />
        ) : (
          <InspectionTable rows={inspections} testId="plan-inspections-table" />
        )}
      </Section>
      <Section title={t("forms.create.titlePlanned")} testId="plan-add-inspection">
        <ClientMessages namespaces={["inspections"]}>
          <CreateInspectionForm options={options} />
        </ClientMessages>
      </Section>
    </>
  );
}
