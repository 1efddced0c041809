"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { checkPeopleFileAction } from "@/lib/actions/imports/import-people-actions";

/**
 * Uploads a filled template for a dry run and opens its report. The size and the extension are
 * checked here first (the same schema as the server's), so a 50 MB file is refused before it
 * is sent.
 */
export function ImportUploadForm() {
  const t = useTranslations("importForm");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const form = useSchemaForm(
    () => import("@/lib/schemas/imports").then((m) => m.ZImportUpload),
    checkPeopleFileAction,
    (data) => router.push(`/admin/imports/${data.id}`),
  );
  return (
    <FormFrame form={form} onSubmit={() => form.submit({ file: file as File })}>
      <Field name="file" label={t("fileLabel")} errors={form.errors} required hint={t("fileHint")}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <SubmitRow pending={form.pending} label={t("check")} pendingLabel={t("checking")} />
    </FormFrame>
  );
}
