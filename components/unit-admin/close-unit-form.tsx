"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { closeUnitAction } from "@/lib/actions/unit-admin/close-unit-action";
import { UnitSelect, type TUnitOption } from "./unit-select";

/**
 * Closes a unit, or merges it into a successor that takes its people, open work and child
 * units. The browser asks first: a closed unit cannot be reopened.
 */
export function CloseUnitForm({
  unitId,
  name,
  options,
}: {
  unitId: string;
  name: string;
  options: readonly TUnitOption[];
}) {
  const t = useTranslations("unitAdmin.close");
  const router = useRouter();
  const [successorId, setSuccessorId] = useState("");
  const form = useSchemaForm(
    () => import("@/lib/schemas/unit-admin").then((m) => m.ZCloseUnit),
    closeUnitAction,
    () => router.refresh(),
  );
  const successorName = options.find((o) => o.id === successorId)?.name;
  return (
    <FormFrame
      form={form}
      onSubmit={() => {
        const question = successorName
          ? t("confirmMerge", { name, successor: successorName })
          : t("confirmClose", { name });
        if (window.confirm(question)) form.submit({ unitId, successorId: successorId || null });
      }}
    >
      <Field name="successorId" label={t("successor")} errors={form.errors} hint={t("hint")}>
        {(p) => (
          <UnitSelect
            control={p}
            options={options}
            value={successorId}
            onChange={setSuccessorId}
            emptyLabel={t("noSuccessor")}
          />
        )}
      </Field>
      <SubmitRow
        secondary
        pending={form.pending}
        label={successorId ? t("merge") : t("submit")}
        pendingLabel={t("closing")}
      />
    </FormFrame>
  );
}
