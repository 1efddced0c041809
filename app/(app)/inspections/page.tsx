import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CreateInspectionForm } from "@/components/inspections/create-inspection-form";
import { InspectionOverview } from "@/components/inspections/inspection-overview";
import { InspectionTable } from "@/components/inspections/inspection-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { isUnitHead } from "@/lib/domain/access/roles";
import { isOverseer } from "@/lib/domain/inspections/inspection-access";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getCreateInspectionOptions } from "@/lib/server/inspections/get-inspection-form-options";
import { getInspectionOverview } from "@/lib/server/inspections/get-inspection-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspections");
  return { title: t("title") };
}

export default async function InspectionsPage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("inspections");
  const now = new Date();
  const [overview, createOptions] = await Promise.all([
    getInspectionOverview(actor, now),
    getCreateInspectionOptions(actor, now),
  ]);
  const mine = overview.inspections.filter((i) => i.team.some((m) => m.user.id === actor.id));
  const follows = isOverseer(actor) || isUnitHead(actor);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
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
