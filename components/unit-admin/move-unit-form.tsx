"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
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
    <FormFrame
      form={form}
      onSubmit={() => {
        if (window.confirm(t("confirm"))) form.submit({ unitId, parentId: target });
      }}
    >
      <Field name="parentId" label={t("parent")} errors={form.errors} required hint={t("hint")}>
        {(p) => (
          <UnitSelect control={p} options={options} value={target} onChange={setTarget} emptyLabel={t("choose")} />
        )}
      </Field>
      <SubmitRow pending={form.pending} label={t("submit")} pendingLabel={t("moving")} disabled={target === parentId} />
    </FormFrame>
  );
}
