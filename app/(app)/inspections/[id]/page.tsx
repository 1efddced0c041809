import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConclusionForm } from "@/components/inspections/conclusion-form";
import { InspectedWork } from "@/components/inspections/inspected-work";
import { InspectionRecord } from "@/components/inspections/inspection-record";
import { wordEvidence } from "@/components/inspections/word-evidence";
import { StartInspectionButton } from "@/components/inspections/start-inspection-button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/domain/format/format-date";
import { formatDateTime } from "@/lib/domain/format/format-date-time";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import Link from "next/link";
import { canInspectFrom, canManageInspection, canReadInspectedWork } from "@/lib/domain/inspections/inspection-access";
import { getInspectionDetails } from "@/lib/server/inspections/get-inspection-details";
import { findInspectedTasks } from "@/lib/server/inspections/find-inspected-tasks";
import { getFindingEvidenceOptions } from "@/lib/server/inspections/get-finding-evidence-options";
import { getConclusionFormOptions } from "@/lib/server/inspections/get-inspection-form-options";
import { reachOf } from "@/lib/server/inspections/inspection-select";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspections");
  return { title: t("title") };
}

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const { id } = await params;
  const t = await getTranslations("inspections");
  // Out of scope (a surprise inspection not yet started, for the inspected unit) is a 404, like a missing one.
  const now = new Date();
  const inspection = await getInspectionDetails(actor, id, now).catch(asPageRefusal);
  const reach = reachOf(inspection);
  const canStart = inspection.status === "PLANNED" && canManageInspection(actor, reach);
  const canRecord = canReadInspectedWork(actor, reach, now);
  const te = await getTranslations("enums");
  // While under way the team reads the inspected unit's work exactly as its head does, and no more.
  const [conclusionOptions, inspectedTasks, evidence] = await Promise.all([
    getConclusionFormOptions(actor, inspection.id, now),
    canRecord ? findInspectedTasks(actor, inspection.id, now) : null,
    canRecord ? getFindingEvidenceOptions(actor, inspection.id, now) : null,
  ]);
  // The plan's page is for those who may plan from its unit; the others read its title only.
  const planHref =
    inspection.plan && canInspectFrom(actor, inspection.inspectingUnit.path)
      ? `/inspections/plans/${inspection.plan.id}`
      : null;
  const facts: Array<[string, string]> = [
    [
      t("page.plan"),
      inspection.plan
        ? t("page.planValue", { title: inspection.plan.title, year: inspection.plan.year })
        : t("page.planNone"),
    ],
    [t("col.inspecting"), inspection.inspectingUnit.name],
    [t("page.subject"), inspection.subject],
    [t("page.period"), `${formatDate(inspection.periodFrom)} – ${formatDate(inspection.periodTo)}`],
    [t("page.dates"), `${formatDate(inspection.startsOn)} – ${formatDate(inspection.endsOn)}`],
    [t("page.startedAt"), inspection.startedAt ? formatDateTime(inspection.startedAt) : t("page.notStarted")],
  ];
  return (
    <ClientMessages namespaces={["inspections"]}>
      <PageHeader
        title={inspection.inspectedUnit.name}
        subtitle={`${t(`kind.${inspection.kind}`)} · ${t(`status.${inspection.status}`)}`}
      >
        {canStart && <StartInspectionButton inspectionId={inspection.id} />}
      </PageHeader>
      <dl className="mb-8 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="whitespace-pre-line">
              {label === t("page.plan") && planHref ? (
                <Link href={planHref} className="text-brand-700 underline">
                  {value}
                </Link>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Section title={t("page.team")} count={inspection.team.length} testId="inspection-team">
        <ul className="text-sm">
          {inspection.team.map((m) => (
            <li key={m.user.id}>
              {m.user.name} · {t(`role.${m.role}`)}
              {m.user.title ? ` · ${m.user.title}` : ""}
            </li>
          ))}
        </ul>
      </Section>
      {inspectedTasks && <InspectedWork inspectionId={inspection.id} tasks={inspectedTasks} />}
      <InspectionRecord
        inspection={inspection}
        canRecord={canRecord}
        evidence={
          evidence &&
          wordEvidence(
            evidence,
            t,
            (kind) => te(`signalKind.${kind as "STALLED"}`),
            (kind) => te(`eventKind.${kind as "STEP_RETURNED"}`),
          )
        }
      />
      {conclusionOptions && (
        <Section title={t("forms.conclude.title")} testId="inspection-conclude">
          <ConclusionForm inspectionId={inspection.id} options={conclusionOptions} />
        </Section>
      )}
      {inspection.conclusionVisible && (
        <Section title={t("forms.downloads")} testId="inspection-documents">
          <ul className="list-disc pl-6 text-sm">
            <li>
              <a href={`/api/v1/inspections/${inspection.id}/minutes.docx`} className="text-brand-700 underline">
                {t("forms.minutes")}
              </a>
            </li>
            {inspection.conclusion && (
              <li>
                <a href={`/api/v1/inspections/${inspection.id}/conclusion.docx`} className="text-brand-700 underline">
                  {t("forms.conclusionDoc")}
                </a>
              </li>
            )}
          </ul>
        </Section>
      )}
    </ClientMessages>
  );
}
