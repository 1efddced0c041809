"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { indentedUnitName } from "@/components/task-form/task-form-options";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { DateField } from "@/components/ui/date-field";
import { createInspectionAction } from "@/lib/actions/inspections/create-inspection-action";
import type { TCreateInspectionOptions } from "./inspection-form-options";

type TValues = {
  inspectedUnitId: string;
  periodFrom: string;
  periodTo: string;
  subject: string;
  leadUserId: string;
  memberUserIds: string[];
  startsOn: string;
  endsOn: string;
  checklistId: string;
};

/**
 * Opens a surprise inspection from the actor's own unit, or, given a plan (options.planId), a
 * planned one as an entry of that plan. The values live in state, so a refused submission keeps
 * what was typed; createInspection checks everything again.
 */
export function CreateInspectionForm({ options }: { options: TCreateInspectionOptions }) {
  const t = useTranslations("inspections.forms.create");
  const planned = options.planId !== undefined;
  const router = useRouter();
  const [values, setValues] = useState<TValues>({
    inspectedUnitId: "",
    periodFrom: "",
    periodTo: options.today,
    subject: "",
    leadUserId: "",
    memberUserIds: [],
    startsOn: options.today,
    endsOn: options.today,
    checklistId: "",
  });
  const set = <K extends keyof TValues>(key: K, value: TValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const form = useSchemaForm(
    () => import("@/lib/schemas/inspection").then((m) => m.ZCreateInspection),
    createInspectionAction,
    (data) => router.push(`/inspections/${data.id}`),
  );
  const payload = {
    ...values,
    kind: planned ? ("PLANNED" as const) : ("SURPRISE" as const),
    planId: options.planId ?? null,
    // A planned inspection's inspecting unit is its plan's: the server takes it from there.
    inspectingUnitId: planned ? null : options.inspectingUnitId,
    checklistId: values.checklistId || null,
    memberUserIds: values.memberUserIds.filter((id) => id !== values.leadUserId),
  };
  const { errors } = form;
  const dateField = (name: "periodFrom" | "periodTo" | "startsOn" | "endsOn") => (
    <Field name={name} label={t(name)} errors={errors} required>
      {(p) => <DateField {...p} className={inputClass} value={values[name]} onChange={(value) => set(name, value)} />}
    </Field>
  );
  if (options.inspectedUnits.length === 0) return <p className="text-sm text-slate-600">{t("noUnits")}</p>;
  return (
    <FormFrame form={form} onSubmit={() => form.submit(payload)}>
      <p className="text-sm text-slate-600">{planned ? t("introPlanned") : t("intro")}</p>
      <Field name="inspectedUnitId" label={t("inspectedUnit")} errors={errors} required>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={values.inspectedUnitId}
            onChange={(e) => set("inspectedUnitId", e.target.value)}
          >
            <option value="">{t("chooseUnit")}</option>
            {options.inspectedUnits.map((u) => (
              <option key={u.id} value={u.id}>
                {indentedUnitName(u)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {dateField("periodFrom")}
        {dateField("periodTo")}
      </div>
      <Field name="subject" label={t("subject")} errors={errors} required>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            className={inputClass}
            value={values.subject}
            onChange={(e) => set("subject", e.target.value)}
          />
        )}
      </Field>
      <Field name="leadUserId" label={t("lead")} errors={errors} required>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={values.leadUserId}
            onChange={(e) => set("leadUserId", e.target.value)}
          >
            <option value="">{t("chooseLead")}</option>
            {options.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
                {person.title ? ` — ${person.title}` : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={errors.memberUserIds?.[0] ? "f-memberUserIds-error" : "f-memberUserIds-hint"}>
        <legend className="text-sm font-medium">{t("members")}</legend>
        <p id="f-memberUserIds-hint" className="mt-1 text-xs text-slate-500">
          {t("membersHint")}
        </p>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {options.people
            .filter((person) => person.id !== values.leadUserId)
            .map((person) => (
              <li key={person.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={values.memberUserIds.includes(person.id)}
                    onChange={(e) =>
                      set(
                        "memberUserIds",
                        e.target.checked
                          ? [...values.memberUserIds, person.id]
                          : values.memberUserIds.filter((id) => id !== person.id),
                      )
                    }
                  />
                  {person.name}
                </label>
              </li>
            ))}
        </ul>
        {errors.memberUserIds?.[0] && (
          <p id="f-memberUserIds-error" className="mt-1 text-sm text-red-700">
            {errors.memberUserIds[0]}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {dateField("startsOn")}
        {dateField("endsOn")}
      </div>
      <Field name="checklistId" label={t("checklist")} errors={errors}>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={values.checklistId}
            onChange={(e) => set("checklistId", e.target.value)}
          >
            <option value="">{t("noChecklist")}</option>
            {options.checklists.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitRow
        pending={form.pending}
        label={planned ? t("submitPlanned") : t("submit")}
        pendingLabel={t("submitting")}
      />
    </FormFrame>
  );
}
