"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { createUnitAction } from "@/lib/actions/unit-admin/create-unit-action";
import { updateUnitAction } from "@/lib/actions/unit-admin/update-unit-action";
import { unitLevels, type TUnitLevel } from "@/lib/schemas/unit-levels";
import { UnitSelect, type TUnitOption } from "./unit-select";

type TValues = { code: string; name: string; shortName: string; level: TUnitLevel; parentId: string };

/**
 * Creates a unit (with its parent) or edits one's code, names and level (`unitId` given; moving
 * has its own form). The same schema as the server checks the values before they are sent.
 */
export function UnitFieldsForm({
  unitId,
  initial,
  parentOptions,
}: {
  unitId?: string;
  initial?: Omit<TValues, "parentId">;
  parentOptions?: readonly TUnitOption[];
}) {
  const t = useTranslations("unitAdmin.form");
  const tLevel = useTranslations("unitAdmin.level");
  const router = useRouter();
  const blank: TValues = { code: "", name: "", shortName: "", level: "DISTRICT", parentId: "" };
  const [values, setValues] = useState<TValues>({ ...blank, ...initial });
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof TValues>(key: K, value: TValues[K]) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: value }));
  };
  const form = useSchemaForm(
    () => import("@/lib/schemas/unit-admin").then((m) => (unitId ? m.ZUpdateUnit : m.ZCreateUnit)),
    unitId ? updateUnitAction : createUnitAction,
    () => {
      if (!unitId) setValues(blank);
      setSaved(true);
      router.refresh();
    },
  );
  const send = () => {
    const { parentId, ...fields } = values;
    form.submit(unitId ? { unitId, ...fields } : { ...fields, parentId });
  };
  const text = (key: "code" | "name" | "shortName", required: boolean, hint?: string) => (
    <Field name={key} label={t(key)} errors={form.errors} required={required} hint={hint}>
      {(p) => (
        <input
          {...p}
          type="text"
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
        send();
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {text("code", true, t("codeHint"))}
        {text("name", true)}
        {text("shortName", false)}
        <Field name="level" label={t("level")} errors={form.errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.level}
              onChange={(e) => set("level", e.target.value as TUnitLevel)}
            >
              {unitLevels.map((l) => (
                <option key={l} value={l}>
                  {tLevel(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {parentOptions && (
          <Field name="parentId" label={t("parent")} errors={form.errors} required>
            {(p) => (
              <UnitSelect
                control={p}
                options={parentOptions}
                value={values.parentId}
                onChange={(id) => set("parentId", id)}
                emptyLabel={t("chooseParent")}
              />
            )}
          </Field>
        )}
      </div>
      <SubmitRow
        pending={form.pending}
        label={unitId ? t("save") : t("create")}
        pendingLabel={t("saving")}
        done={saved ? (unitId ? t("saved") : t("created")) : null}
      />
    </FormFrame>
  );
}
