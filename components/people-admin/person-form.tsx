"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { UnitSelect, type TUnitOption } from "@/components/unit-admin/unit-select";
import { createPersonAction } from "@/lib/actions/people-admin/create-person-action";
import { updatePersonAction } from "@/lib/actions/people-admin/update-person-action";
import { positions, roles, type TPositionName, type TRoleName } from "@/lib/schemas/people-roles";

type TValues = {
  name: string;
  email: string;
  employeeCode: string;
  title: string;
  position: TPositionName;
  roles: TRoleName[];
  unitId: string;
};

/** Creates a person in a unit (`units` given) or edits one (`userId` given; moving has its own form). */
export function PersonForm({
  userId,
  initial,
  units,
}: {
  userId?: string;
  initial?: Omit<TValues, "unitId">;
  units?: readonly TUnitOption[];
}) {
  const t = useTranslations("peopleAdmin.form");
  const router = useRouter();
  const blank: TValues = {
    name: "",
    email: "",
    employeeCode: "",
    title: "",
    position: "STAFF",
    roles: ["STAFF"],
    unitId: "",
  };
  const [values, setValues] = useState<TValues>({ ...blank, ...initial });
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof TValues>(key: K, value: TValues[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const form = useSchemaForm(
    () => import("@/lib/schemas/people-admin").then((m) => (userId ? m.ZUpdatePerson : m.ZCreatePerson)),
    userId ? updatePersonAction : createPersonAction,
    () => {
      if (!userId) setValues(blank);
      setSaved(true);
      router.refresh();
    },
  );
  const text = (key: "name" | "email" | "employeeCode" | "title", type = "text", required = true) => (
    <Field name={key} label={t(key)} errors={form.errors} required={required}>
      {(p) => (
        <input
          {...p}
          type={type}
          className={inputClass}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <FormFrame
      form={form}
      onSubmit={() => {
        const { unitId, ...fields } = values;
        form.submit(userId ? { userId, ...fields } : { ...fields, unitId });
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {text("name")}
        {text("employeeCode")}
        {text("email", "email")}
        {text("title", "text", false)}
        <Field name="position" label={t("position")} errors={form.errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.position}
              onChange={(e) => set("position", e.target.value as TPositionName)}
            >
              {positions.map((v) => (
                <option key={v} value={v}>
                  {t(`positionOption.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {units && (
          <Field name="unitId" label={t("unit")} errors={form.errors} required>
            {(p) => (
              <UnitSelect
                control={p}
                options={units}
                value={values.unitId}
                onChange={(id) => set("unitId", id)}
                emptyLabel={t("chooseUnit")}
              />
            )}
          </Field>
        )}
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("roles")}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {roles.map((r) => (
            <label key={r} className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={values.roles.includes(r)}
                onChange={(e) =>
                  set("roles", e.target.checked ? [...values.roles, r] : values.roles.filter((x) => x !== r))
                }
              />
              {t(`roleOption.${r}`)}
            </label>
          ))}
        </div>
        {form.errors.roles?.[0] && <p className="mt-1 text-sm text-red-700">{form.errors.roles[0]}</p>}
      </fieldset>
      <SubmitRow
        pending={form.pending}
        label={userId ? t("save") : t("create")}
        pendingLabel={t("saving")}
        done={saved ? (userId ? t("saved") : t("created")) : null}
      />
    </FormFrame>
  );
}
