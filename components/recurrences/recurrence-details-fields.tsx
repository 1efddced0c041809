"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass, type TFieldErrors } from "@/components/task-form/form-field";
import { indentedUnitName } from "@/components/task-form/task-form-options";
import { priorities } from "@/lib/schemas/priorities";
import type { TRecurrenceFormOptions } from "./recurrence-form-options";
import type { TRecurrenceFormValues } from "./use-recurrence-form-state";

type TProps = {
  values: TRecurrenceFormValues;
  errors: TFieldErrors;
  options: TRecurrenceFormOptions;
  set: <K extends keyof TRecurrenceFormValues>(key: K, value: TRecurrenceFormValues[K]) => void;
  changeLeadUnit: (leadUnitId: string) => void;
};

/** What recurs: its title, directive, lead unit, priority and content. */
export function RecurrenceDetailsFields({ values, errors, options, set, changeLeadUnit }: TProps) {
  const t = useTranslations("recurrences.form");
  const tTask = useTranslations("taskForm");
  const text = (key: "title" | "description", rows?: number) => {
    const control = (p: object) =>
      rows ? (
        <textarea
          {...p}
          rows={rows}
          className={inputClass}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      ) : (
        <input
          {...p}
          type="text"
          className={inputClass}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      );
    return control;
  };
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{t("detailsLegend")}</legend>
      <Field name="title" label={t("title")} errors={errors} required hint={t("titleHint")}>
        {text("title")}
      </Field>
      <Field name="directiveId" label={t("directive")} errors={errors} required>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={values.directiveId}
            onChange={(e) => set("directiveId", e.target.value)}
          >
            <option value="">{t("chooseDirective")}</option>
            {options.directives.map((d) => (
              <option key={d.id} value={d.id}>
                {d.number} — {d.subject.slice(0, 120)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="leadUnitId" label={t("leadUnit")} errors={errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.leadUnitId}
              onChange={(e) => changeLeadUnit(e.target.value)}
            >
              {options.leadUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {indentedUnitName(u)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="priority" label={t("priority")} errors={errors}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.priority}
              onChange={(e) => set("priority", e.target.value as typeof values.priority)}
            >
              {priorities.map((v) => (
                <option key={v} value={v}>
                  {tTask(`priorityOption.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="description" label={t("description")} errors={errors}>
        {text("description", 3)}
      </Field>
    </fieldset>
  );
}
