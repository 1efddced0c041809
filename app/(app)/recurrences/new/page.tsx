import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RecurrenceForm } from "@/components/recurrences/recurrence-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { getRecurrenceFormOptions } from "@/lib/server/recurrences/get-recurrence-form-options";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recurrences.new");
  return { title: t("title") };
}

const ZQuery = z
  .object({ templateId: z.uuid().optional().catch(undefined), directiveId: z.uuid().optional().catch(undefined) })
  .catch({});

export default async function NewRecurrencePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("recurrences.new");
  if (!assignmentScopeOf(actor)) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState title={t("forbidden")}>{t("forbiddenHint")}</EmptyState>
      </>
    );
  }
  const tKind = await getTranslations("enums.stepKind");
  const options = await getRecurrenceFormOptions(actor, new Date());
  const initial = ZQuery.parse(await searchParams);
  return (
    <ClientMessages namespaces={["recurrences", "taskForm"]}>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <RecurrenceForm
        options={options}
        initial={initial}
        kindLabels={Object.fromEntries(stepKinds.map((k) => [k, tKind(k)]))}
      />
    </ClientMessages>
  );
}
