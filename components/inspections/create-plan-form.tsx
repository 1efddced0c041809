"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { indentedUnitName } from "@/components/task-form/task-form-options";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { createInspectionPlanAction } from "@/lib/actions/inspections/create-inspection-plan-action";
import type { TCreatePlanOptions } from "./inspection-form-options";

/**
 * Opens an inspecting unit's plan for a year, then goes to the plan to add its inspections.
 * The year is typed as text, so the schema's own message (not the browser's) says what is
 * wrong with it.
 */
export function CreatePlanForm({ options }: { options: TCreatePlanOptions }) {
  const t = useTranslations("inspections.forms.plan");
  const router = useRouter();
  const only = options.units.length === 1 ? options.units[0].id : "";
  const preferred = options.units.some((u) => u.id === options.defaultUnitId) ? options.defaultUnitId : only;
  const [unitId, setUnitId] = useState(preferred);
  const [year, setYear] = useState(String(options.year));
  const [title, setTitle] = useState("");
  const form = useSchemaForm(
    () => import("@/lib/schemas/inspection").then((m) => m.ZCreateInspectionPlan),
    createInspectionPlanAction,
    (data) => router.push(`/inspections/plans/${data.id}`),
  );
  const { errors } = form;
  // Anything but digits becomes NaN, which the schema refuses with its own message.
  const payload = { inspectingUnitId: unitId, year: /^\d{1,4}$/.test(year) ? Number(year) : Number.NaN, title };
  return (
    <FormFrame form={form} onSubmit={() => form.submit(payload)}>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Field name="inspectingUnitId" label={t("inspectingUnit")} errors={errors} required>
        {(p) => (
          <select {...p} className={inputClass} value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            <option value="">{t("chooseUnit")}</option>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {indentedUnitName(u)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="year" label={t("year")} errors={errors} required>
        {(p) => (
          <input
            {...p}
            inputMode="numeric"
            className={`${inputClass} sm:w-32`}
            value={year}
            onChange={(e) => setYear(e.target.value.trim())}
          />
        )}
      </Field>
      <Field name="title" label={t("planTitle")} errors={errors} hint={t("planTitleHint")} required>
        {(p) => <input {...p} className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <SubmitRow pending={form.pending} label={t("submit")} pendingLabel={t("submitting")} />
    </FormFrame>
  );
}
