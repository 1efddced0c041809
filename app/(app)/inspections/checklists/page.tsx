import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ChecklistEditor, type TChecklistDraft } from "@/components/inspections/checklist-editor";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { canEditChecklists } from "@/lib/domain/inspections/can-edit-checklists";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { findChecklists } from "@/lib/server/checklists/find-checklists";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspections.checklists");
  return { title: t("title") };
}

const blank: TChecklistDraft = { id: null, title: "", description: "", items: [] };

/**
 * The checklists of the directives' obligations. Every signed-in reader may read them; admins
 * and TCCB edit one at a time (?edit=<id>, or ?edit=new), and saveChecklist refuses anyone else.
 */
export default async function ChecklistsPage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string; saved?: string }>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("inspections.checklists");
  const { edit, saved } = await searchParams;
  const checklists = await findChecklists();
  const canEdit = canEditChecklists(actor);
  const editing = !canEdit || !edit ? null : edit === "new" ? blank : checklists.find((c) => c.id === edit);
  if (edit && canEdit && !editing) notFound();
  const savedOne = saved ? checklists.find((c) => c.id === saved) : undefined;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")}>
        <div className="flex gap-4 text-sm font-medium">
          {canEdit && !editing && (
            <Link href="/inspections/checklists?edit=new" className="text-brand-700 underline">
              {t("new")}
            </Link>
          )}
          <Link href="/inspections" className="text-brand-700 underline">
            {t("back")}
          </Link>
        </div>
      </PageHeader>
      {editing && (
        <Section title={editing.id ? t("editing", { title: editing.title }) : t("new")} testId="checklist-editor">
          <ClientMessages namespaces={["inspections"]}>
            <ChecklistEditor key={editing.id ?? "new"} checklist={editing} />
          </ClientMessages>
          <Link href="/inspections/checklists" className="mt-3 inline-block text-sm text-brand-700 underline">
            {t("close")}
          </Link>
        </Section>
      )}
      {savedOne && (
        <p
          role="status"
          data-testid="checklist-saved"
          className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
        >
          {t("savedOne", { title: savedOne.title })}
        </p>
      )}
      <Section title={t("list")} count={checklists.length} testId="checklists">
        {checklists.length === 0 ? (
          <EmptyState title={t("empty")}>{canEdit ? t("emptyHint") : null}</EmptyState>
        ) : (
          <ul className="space-y-4">
            {checklists.map((c) => (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="checklist">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold">{c.title}</h3>
                  {canEdit && (
                    <Link href={`/inspections/checklists?edit=${c.id}`} className="text-sm text-brand-700 underline">
                      {t("edit", { title: c.title })}
                    </Link>
                  )}
                </div>
                {c.description && <p className="mt-1 text-sm whitespace-pre-line text-slate-600">{c.description}</p>}
                <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
                  {c.items.map((item) => (
                    <li key={item.id}>
                      {item.text} <span className="text-slate-500">({item.citation})</span>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
