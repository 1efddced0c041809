"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { applyPeopleImportAction } from "@/lib/actions/imports/import-people-actions";
import { applyTasksImportAction } from "@/lib/actions/imports/import-tasks-actions";

/** Applies a dry run without errors, as it was shown, in one transaction. */
export function ApplyImportButton({
  importId,
  kind,
  summary,
}: {
  importId: string;
  kind: "PEOPLE" | "TASKS";
  summary: string;
}) {
  const t = useTranslations("importForm");
  const router = useRouter();
  const form = useSchemaForm(
    () => import("@/lib/schemas/imports").then((m) => m.ZApplyImport),
    kind === "PEOPLE" ? applyPeopleImportAction : applyTasksImportAction,
    () => router.refresh(),
  );
  return (
    <FormFrame form={form} onSubmit={() => form.submit({ importId })}>
      <p className="text-sm text-slate-700">{summary}</p>
      <SubmitRow pending={form.pending} label={t("apply")} pendingLabel={t("applying")} />
    </FormFrame>
  );
}
