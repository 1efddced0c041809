import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApplyImportButton } from "@/components/imports/apply-import-button";
import { ImportReportRows } from "@/components/imports/import-report-rows";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { ImportUploadForm } from "@/components/imports/import-upload-form";
import { UndoImportButton } from "@/components/imports/undo-import-button";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { ZImportRef, ZImportReportQuery } from "@/lib/schemas/imports";
import { requireActorOrRedirect } from "@/lib/server/auth/get-current-actor";
import { asPageRefusal } from "@/lib/server/errors/as-page-refusal";
import { countImportTasks, getImport } from "@/lib/server/imports/get-import";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports");
  return { title: t("reportMetaTitle") };
}

export default async function ImportReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActorOrRedirect();
  const ref = ZImportRef.safeParse(await params);
  if (!ref.success) notFound();
  const found = await getImport(actor, ref.data.id).catch(asPageRefusal);
  const query = ZImportReportQuery.parse(await searchParams);
  const t = await getTranslations("imports");
  const format = await getFormatter();
  const { report } = found;
  const counts = report.sheets.map((s) => t("sheetCounts", { sheet: s.name, ...s.counts })).join(" · ");
  const canApply = found.status === "DRY_RUN" && report.errorCount === 0;
  const taskCount = found.kind === "TASKS" && found.status === "APPLIED" ? await countImportTasks(found.id) : 0;
  return (
    <ClientMessages namespaces={["importForm"]}>
      <PageHeader
        title={t("reportTitle", { source: found.source === "api" ? t("sourceApi") : found.source })}
        subtitle={t("reportSubtitle", {
          when: format.dateTime(found.createdAt, { dateStyle: "short", timeStyle: "short" }),
          actor: found.actor.name,
        })}
      />
      <p className="mb-4">
        <Link href="/admin/imports" className="text-sm text-brand-700 underline">
          {t("backToList")}
        </Link>
      </p>
      <div className="mb-6 space-y-3" data-testid="import-summary">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <ImportStatusBadge status={found.status} />
          <span>{counts}</span>
        </p>
        <p role="status" className="text-sm text-slate-700">
          {t(`statusHint.${found.status}`, { errors: report.errorCount })}
        </p>
        {canApply && (
          <ApplyImportButton importId={found.id} kind={found.kind} summary={t("applySummary", { counts })} />
        )}
        {taskCount > 0 && (
          <section aria-label={t("undoTitle")}>
            <UndoImportButton importId={found.id} hint={t("undoHint", { count: taskCount })} />
          </section>
        )}
      </div>
      {report.fileErrors.length > 0 && (
        <Section title={t("fileErrorsTitle")} count={report.fileErrors.length}>
          <ul className="list-disc space-y-1 pl-6 text-sm text-red-800">
            {report.fileErrors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
        </Section>
      )}
      {report.sheets.map((sheet) =>
        sheet.rows.length === 0 ? null : (
          <ImportReportRows
            key={sheet.key}
            importId={found.id}
            sheet={sheet}
            show={query.sheet === sheet.key || !query.sheet ? query.show : undefined}
            page={query.sheet === sheet.key ? query.page : 1}
          />
        ),
      )}
      {(found.status === "REFUSED" || (found.status === "DRY_RUN" && report.errorCount > 0)) && (
        <Section title={t("uploadAgainTitle")}>
          <ImportUploadForm kinds={[found.kind]} />
        </Section>
      )}
    </ClientMessages>
  );
}
