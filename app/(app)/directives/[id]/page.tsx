import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { isDirectiveKind } from "@/components/directives/directive-kind-label";
import { DirectiveSummary } from "@/components/directives/directive-summary";
import { DirectiveTaskTable } from "@/components/directives/directive-task-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { DIRECTIVE_TASKS_SHOWN, getDirectiveOrThrow } from "@/lib/server/directives/get-directive-or-throw";
import { isDomainError } from "@/lib/server/errors/domain-error";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("directives");
  return { title: t("metaTitle") };
}

export default async function DirectivePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("directives.detail");
  const tKind = await getTranslations("enums.directiveKind");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const directive = await getDirectiveOrThrow(actor, id, new Date()).catch((e) => {
    if (isDomainError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const canAssign = assignmentScopeOf(actor) !== null;
  return (
    <>
      <PageHeader
        title={t("title", {
          kind: isDirectiveKind(directive.kind) ? tKind(directive.kind) : t("kindFallback"),
          number: directive.number,
        })}
      >
        {canAssign && (
          <Link
            href={`/tasks/new?directive=${directive.id}`}
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("assign")}
          </Link>
        )}
      </PageHeader>
      <DirectiveSummary directive={directive} />
      <Section title={t("tasksTitle")} count={directive.taskCount}>
        {directive.tasks.length === 0 ? (
          <EmptyState title={t("tasksEmpty")}>{canAssign ? t("tasksEmptyHint") : null}</EmptyState>
        ) : (
          <>
            <DirectiveTaskTable tasks={directive.tasks} />
            {directive.taskCount > directive.tasks.length && (
              <p className="mt-2 text-sm text-slate-600">
                {t.rich("tasksMore", {
                  shown: DIRECTIVE_TASKS_SHOWN,
                  search: (chunks) => (
                    <Link
                      href={`/search?q=${encodeURIComponent(directive.number)}`}
                      className="text-brand-700 hover:underline"
                    >
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            )}
          </>
        )}
      </Section>
    </>
  );
}
