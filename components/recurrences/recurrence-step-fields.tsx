"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass, type TFieldErrors } from "@/components/task-form/form-field";
import type { TRecurrenceFormOptions } from "./recurrence-form-options";
import type { TRecurrenceFormValues } from "./use-recurrence-form-state";

type TProps = {
  template: TRecurrenceFormOptions["templates"][number] | undefined;
  steps: TRecurrenceFormValues["steps"];
  candidates: TRecurrenceFormOptions["people"];
  kindLabels: Record<string, string>;
  errors: TFieldErrors;
  onChange: (index: number, patch: Partial<TRecurrenceFormValues["steps"][number]>) => void;
};

/** One fieldset per template step: its accountable person in every instance, and its working days. */
export function RecurrenceStepFields({ template, steps, candidates, kindLabels, errors, onChange }: TProps) {
  const t = useTranslations("recurrences.form");
  if (!template) return <p className="text-sm text-slate-600">{t("chooseTemplateFirst")}</p>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("stepsIntro")}</p>
      {errors.steps?.[0] && <p className="text-sm text-red-700">{errors.steps[0]}</p>}
      <ol className="space-y-3">
        {template.steps.map((s, i) => (
          <li key={`${template.id}-${i}`}>
            <fieldset
              className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem]"
              data-testid="recurrence-step"
            >
              <legend className="px-1 text-sm font-medium">
                {t("stepLegend", { order: i + 1, name: s.name, kind: kindLabels[s.kind] ?? s.kind })}
              </legend>
              <Field name={`steps.${i}.ownerId`} label={t("owner")} errors={errors} required>
                {(p) => (
                  <select
                    {...p}
                    className={inputClass}
                    value={steps[i]?.ownerId ?? ""}
                    onChange={(e) => onChange(i, { ownerId: e.target.value })}
                  >
                    <option value="">{t("chooseOwner")}</option>
                    {candidates.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                        {c.title ? ` — ${c.title}` : ""}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`steps.${i}.durationDays`} label={t("durationDays")} errors={errors} required>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    min={0}
                    max={60}
                    inputMode="numeric"
                    className={inputClass}
                    value={steps[i]?.durationDays ?? ""}
                    onChange={(e) =>
                      onChange(i, { durationDays: e.target.value.trim() === "" ? null : Number(e.target.value) })
                    }
                  />
                )}
              </Field>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  );
}
