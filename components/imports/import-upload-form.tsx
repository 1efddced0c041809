"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { checkPeopleFileAction } from "@/lib/actions/imports/import-people-actions";
import { checkTasksFileAction } from "@/lib/actions/imports/import-tasks-actions";

type TKind = "PEOPLE" | "TASKS";

/**
 * Uploads a filled template for a dry run and opens its report: units and people, or the
 * backlog, among the `kinds` the person may import. The size and the extension are checked
 * here first (the same schema as the server's), so a 50 MB file is refused before it is sent.
 */
export function ImportUploadForm({ kinds }: { kinds: readonly TKind[] }) {
  const t = useTranslations("importForm");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<TKind>(kinds[0]);
  const onChecked = (data: { id: string }) => router.push(`/admin/imports/${data.id}`);
  const people = useSchemaForm(
    () => import("@/lib/schemas/imports").then((m) => m.ZImportUpload),
    checkPeopleFileAction,
    onChecked,
  );
  const tasks = useSchemaForm(
    () => import("@/lib/schemas/imports").then((m) => m.ZImportUpload),
    checkTasksFileAction,
    onChecked,
  );
  const form = kind === "PEOPLE" ? people : tasks;
  return (
    <FormFrame form={form} onSubmit={() => form.submit({ file: file as File })}>
      {kinds.length > 1 && (
        <fieldset>
          <legend className="text-sm font-medium">{t("kind")}</legend>
          <div className="mt-1 flex flex-wrap gap-4 text-sm">
            {kinds.map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                {t(`kindOption.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
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
