import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RecordDecisionForm } from "@/components/decisions/record-decision-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { mayRecordDecisions } from "@/lib/domain/decisions/may-record-decision";
import { formatDate } from "@/lib/domain/format";
import { parseDecisionFormQuery } from "@/lib/schemas/decision-query";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { orNotFound } from "@/lib/server/dashboards/or-not-found";
import { getDecisionFormOptions } from "@/lib/server/decisions/get-decision-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("decisions");
  return { title: t("newTitle") };
}

export default async function NewDecisionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  if (!mayRecordDecisions(actor)) notFound();
  const query = parseDecisionFormQuery(await searchParams);
  if (!query) notFound();
  const t = await getTranslations("decisions");
  const tSignal = await getTranslations("enums.signalKind");
  const tGrade = await getTranslations("decisions.grade");
  const o = await orNotFound(getDecisionFormOptions(actor, query.person, query.period, query.kind, new Date()));
  const signals = o.signals.map((s) => ({
    id: s.id,
    label: t("evidenceSignal", { kind: tSignal(s.kind), task: s.task.title, date: formatDate(s.since) }),
  }));
  const evaluations = o.evaluations.map((e) => ({
    id: e.id,
    label: t("evidenceEvaluation", {
      period: e.periodKey,
      total: e.total === null ? "–" : e.total.toFixed(1),
      grade: e.grade ? tGrade(e.grade) : "–",
    }),
  }));
  return (
    <>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <ClientMessages namespaces={["decisions"]}>
        <RecordDecisionForm
          person={{ id: o.person.id, name: o.person.name, unitName: o.person.unit.name }}
          kind={query.kind}
          periodKey={query.period}
          today={o.today}
          signals={signals}
          evaluations={evaluations}
          checked={o.checked}
        />
      </ClientMessages>
    </>
  );
}
