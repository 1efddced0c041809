import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Section } from "@/components/ui/section";
import { tableFrame } from "@/components/ui/table-frame";
import { ZImportListQuery } from "@/lib/schemas/imports";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { canReadImports, listImports } from "@/lib/server/imports/get-import";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("metaTitle") };
}

export default async function ImportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const t = await getTranslations("imports");
  const format = await getFormatter();
  const { page } = ZImportListQuery.parse(await searchParams);
  const list = await listImports(actor, page).catch(asPageRefusal);
  const kinds = (["PEOPLE", "TASKS"] as const).filter((k) => canReadImports(actor, k));
  return (
    <ClientMessages namespaces={["importForm"]}>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Section title={t("templatesTitle")}>
        <div className="grid gap-4 text-sm text-slate-700 md:grid-cols-2">
          {kinds.includes("PEOPLE") && (
            <div className="space-y-2">
              <h3 className="font-semibold text-slate-900">{t("peopleTitle")}</h3>
              <p>{t("peopleIntro")}</p>
              <a href="/api/v1/imports/templates/people.xlsx" className="font-medium text-brand-700 underline" download>
                {t("downloadTemplate")}
              </a>
            </div>
          )}
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("tasksTitle")}</h3>
            <p>{t("tasksIntro")}</p>
            <a href="/api/v1/imports/templates/tasks.xlsx" className="font-medium text-brand-700 underline" download>
              {t("downloadTasksTemplate")}
            </a>
          </div>
        </div>
      </Section>
      <Section title={t("uploadTitle")}>
        <ImportUploadForm kinds={kinds} />
      </Section>
      <Section title={t("historyTitle")} count={list.total}>
        {list.items.length === 0 ? (
          <EmptyState title={t("historyEmpty")}>{t("historyEmptyHint")}</EmptyState>
        ) : (
          <div className={tableFrame}>
            <table className="w-full text-sm">
              <caption className="sr-only">{t("historyTitle")}</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th className="px-3 py-2">{t("column.when")}</th>
                  <th className="px-3 py-2">{t("column.source")}</th>
                  <th className="px-3 py-2">{t("column.actor")}</th>
                  <th className="px-3 py-2">{t("column.status")}</th>
                  <th className="px-3 py-2">{t("column.rows")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((i) => (
                  <tr key={i.id} className="border-t border-slate-100">
                    <td className="px-3 py-2">
                      <Link
                        href={`/admin/imports/${i.id}`}
                        className="text-brand-700 underline-offset-2 hover:underline"
                      >
                        {format.dateTime(i.createdAt, { dateStyle: "short", timeStyle: "short" })}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{i.source === "api" ? t("sourceApi") : i.source}</td>
                    <td className="px-3 py-2">{i.actor.name}</td>
                    <td className="px-3 py-2">
                      <ImportStatusBadge status={i.status} />
                    </td>
                    <td className="px-3 py-2">
                      {i.sheets.map((s) => t("sheetCounts", { sheet: s.name, ...s.counts })).join(" · ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/admin/imports?page=${p}`} />
      </Section>
    </ClientMessages>
  );
}
