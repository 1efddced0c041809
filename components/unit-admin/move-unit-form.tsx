"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert, primaryButtonClass } from "@/components/task-form/form-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { updateUnitAction } from "@/lib/actions/unit-admin/update-unit-action";
import { UnitSelect, type TUnitOption } from "./unit-select";

/** Moves a unit, with everything below it, under another parent (the unit's own subtree is not offered). */
export function MoveUnitForm({
  unitId,
  parentId,
  options,
}: {
  unitId: string;
  parentId: string;
  options: readonly TUnitOption[];
}) {
  const t = useTranslations("unitAdmin.move");
  const router = useRouter();
  const [target, setTarget] = useState(parentId);
  const form = useSchemaForm(
    () => import("@/lib/schemas/unit-admin").then((m) => m.ZUpdateUnit),
    updateUnitAction,
    () => router.refresh(),
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (window.confirm(t("confirm"))) form.submit({ unitId, parentId: target });
      }}
    >
      <FormAlert message={form.message} />
      <Field name="parentId" label={t("parent")} errors={form.errors} required hint={t("hint")}>
        {(p) => (
          <UnitSelect control={p} options={options} value={target} onChange={setTarget} emptyLabel={t("choose")} />
        )}
      </Field>
      <button type="submit" className={primaryButtonClass} disabled={form.pending || target === parentId}>
        {form.pending ? t("moving") : t("submit")}
      </button>
    </form>
  );
}
