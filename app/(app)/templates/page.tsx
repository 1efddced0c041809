import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TemplateCard } from "@/components/templates/template-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isUnitHead } from "@/lib/domain/access/roles";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findTemplates } from "@/lib/server/templates/find-templates";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.list");
  return { title: t("title") };
}

export default async function TemplatesPage() {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("templates.list");
  const templates = await findTemplates(actor, {}, new Date());
  const isAdmin = actor.roles.includes("ADMIN");
  const canCreate = isAdmin || isUnitHead(actor);
  return (
    <ClientMessages namespaces={["templates"]}>
      <PageHeader
        title={t("title")}
        subtitle={isAdmin ? t("subtitleAdmin") : t("subtitleUnit", { unit: actor.unitName })}
      >
        {canCreate && (
          <Link
            href="/templates/new"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("create")}
          </Link>
        )}
      </PageHeader>
      {templates.length === 0 ? (
        <EmptyState title={t("empty")}>{canCreate ? t("emptyHint") : null}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {templates.map((template) => (
            <TemplateCard key={template.id} template={template} canRecur={assignmentScopeOf(actor) !== null} />
          ))}
        </ul>
      )}
    </ClientMessages>
  );
}
