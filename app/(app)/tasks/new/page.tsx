import type { Metadata } from "next";
import { stepKinds } from "@/lib/schemas/step-kinds";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { TaskForm } from "@/components/task-form/task-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { getTaskFormOptions } from "@/lib/server/tasks-create/get-task-form-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("taskPage");
  return { title: t("newTitle") };
}

const ZQuery = z.object({
  directive: z.uuid().optional().catch(undefined),
  parent: z.uuid().optional().catch(undefined),
});

async function loadOptions(query: z.infer<typeof ZQuery>) {
  const actor = await requireActorOrRedirect();
  try {
    return {
      ok: true as const,
      options: await getTaskFormOptions(
        actor,
        { directiveId: query.directive, parentTaskId: query.parent },
        new Date(),
      ),
    };
  } catch (e) {
    if (isDomainError(e) && e.code === "NOT_FOUND" && (query.directive || query.parent)) notFound();
    if (isDomainError(e)) return { ok: false as const, refusal: e.messageIn(await getLocale()) };
    throw e;
  }
}

export default async function NewTaskPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = ZQuery.parse(await searchParams);
  const loaded = await loadOptions(query);
  const tEnum = await getTranslations("enums");
  const t = await getTranslations("taskPage");
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t("newTitle")} />
        <EmptyState title={loaded.refusal}>
          <Link href="/directives" className="text-brand-700 hover:underline">
            {t("toDirectives")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const { options } = loaded;
  const cancelHref = options.parent ? `/tasks/${options.parent.id}` : `/directives/${options.directive.id}`;
  return (
    <ClientMessages namespaces={["taskForm"]}>
      <PageHeader
        title={options.parent ? t("splitTitle") : t("newTitle")}
        subtitle={`${options.directive.number} — ${options.directive.subject}`}
      />
      {options.parent && (
        <p className="mb-4 text-sm text-slate-700">
          {t("parentTask")}{" "}
          <Link href={`/tasks/${options.parent.id}`} className="font-medium text-brand-700 hover:underline">
            {options.parent.title}
          </Link>
          {options.parent.point ? t("parentPoint", { point: options.parent.point }) : ""}
          {t("parentLead", { unit: options.parent.leadUnitName })}
        </p>
      )}
      <TaskForm
        options={options}
        cancelHref={cancelHref}
        stepKindLabels={Object.fromEntries(stepKinds.map((k) => [k, tEnum(`stepKind.${k}`)]))}
      />
    </ClientMessages>
  );
}
