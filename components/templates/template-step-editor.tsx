"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass, secondaryButtonClass, type TFieldErrors } from "@/components/task-form/form-field";

export type TStepDraft = { key: string; name: string; kind: string; defaultDurationDays: string };

type TProps = {
  steps: TStepDraft[];
  errors: TFieldErrors;
  onChange: (index: number, patch: Partial<TStepDraft>) => void;
  onMove: (index: number, delta: number) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
  /** The kinds of step with their names, worded by the page (the enums stay on the server). */
  kinds: { value: string; label: string }[];
};

/** The ordered steps of a template, each in its own fieldset, with buttons to move, remove and add. */
export function TemplateStepEditor({ steps, errors, onChange, onMove, onRemove, onAdd, kinds }: TProps) {
  const t = useTranslations("templates.steps");
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">{t("legend")}</legend>
      {errors.steps?.[0] && <p className="text-sm text-red-700">{errors.steps[0]}</p>}
      <ol className="space-y-3">
        {steps.map((s, i) => (
          <li key={s.key}>
            <fieldset
              className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem_9rem]"
              data-testid="template-step"
            >
              <legend className="px-1 text-sm font-medium">{t("step", { n: i + 1 })}</legend>
              <Field name={`steps.${i}.name`} label={t("name")} errors={errors} required>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    className={inputClass}
                    value={s.name}
                    onChange={(e) => onChange(i, { name: e.target.value })}
                  />
                )}
              </Field>
              <Field name={`steps.${i}.kind`} label={t("kind")} errors={errors} required>
                {(p) => (
                  <select
                    {...p}
                    className={inputClass}
                    value={s.kind}
                    onChange={(e) => onChange(i, { kind: e.target.value })}
                  >
                    {kinds.map((k) => (
                      <option key={k.value} value={k.value}>
                        {k.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field name={`steps.${i}.defaultDurationDays`} label={t("days")} errors={errors} required>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    min={1}
                    max={365}
                    inputMode="numeric"
                    className={inputClass}
                    value={s.defaultDurationDays}
                    onChange={(e) => onChange(i, { defaultDurationDays: e.target.value })}
                  />
                )}
              </Field>
              <div className="flex flex-wrap gap-2 sm:col-span-3">
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={i === 0}
                  onClick={() => onMove(i, -1)}
                  aria-label={t("moveUpLabel", { n: i + 1 })}
                >
                  {t("moveUp")}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={i === steps.length - 1}
                  onClick={() => onMove(i, 1)}
                  aria-label={t("moveDownLabel", { n: i + 1 })}
                >
                  {t("moveDown")}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={steps.length === 1}
                  onClick={() => onRemove(i)}
                  aria-label={t("removeLabel", { n: i + 1 })}
                >
                  {t("remove")}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className={secondaryButtonClass} onClick={onAdd}>
        {t("add")}
      </button>
    </fieldset>
  );
}
