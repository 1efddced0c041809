"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { undoTaskImportAction } from "@/lib/actions/imports/import-tasks-actions";

/** Undoes a backlog import as a whole, after a confirmation; the server refuses once anyone has acted. */
export function UndoImportButton({ importId, hint }: { importId: string; hint: string }) {
  const t = useTranslations("importForm");
  const router = useRouter();
  const form = useSchemaForm(
    () => import("@/lib/schemas/imports").then((m) => m.ZApplyImport),
    undoTaskImportAction,
    () => router.refresh(),
  );
  return (
    <FormFrame
      form={form}
      onSubmit={() => {
        if (window.confirm(t("undoConfirm"))) form.submit({ importId });
      }}
    >
      <p className="text-sm text-slate-700">{hint}</p>
      <SubmitRow pending={form.pending} label={t("undo")} pendingLabel={t("undoing")} secondary />
    </FormFrame>
  );
}
