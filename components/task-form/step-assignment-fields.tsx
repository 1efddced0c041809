import { useTranslations } from "@/components/i18n/use-translations";
import { DateField } from "@/components/ui/date-field";
import { useDateHint } from "./date-hint";
import { Field, inputClass, secondaryButtonClass, type TFieldErrors } from "./form-field";
import type { TPersonOption, TTemplateOption, TUnitOption } from "./task-form-options";

type TProps = {
  template: TTemplateOption | undefined;
  steps: { ownerId: string; deadline: string }[];
  candidates: TPersonOption[];
  units: TUnitOption[];
  today: string;
  errors: TFieldErrors;
  onChange: (index: number, patch: Partial<{ ownerId: string; deadline: string }>) => void;
  onResetDeadlines: () => void;
  /** Each step kind's name, worded by the page (enums.stepKind). */
  kindLabels: Record<string, string>;
};

/** One fieldset per step: exactly one accountable person (a required select) and the step's deadline. */
export function StepAssignmentFields({
  template,
  kindLabels,
  steps,
  candidates,
  units,
  today,
  errors,
  onChange,
  onResetDeadlines,
}: TProps) {
  const t = useTranslations("taskForm");
  const dateHint = useDateHint();
  if (!template) return <p className="text-sm text-slate-600">{t("chooseTemplateFirst")}</p>;
  const byUnit = units.filter((u) => candidates.some((c) => c.unitId === u.id));
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">{t("stepsIntro")}</p>
        <button type="button" className={secondaryButtonClass} onClick={onResetDeadlines}>
          {t("resetDeadlines")}
        </button>
      </div>
      {errors.steps?.[0] && <p className="text-sm text-red-700">{errors.steps[0]}</p>}
      <ol className="space-y-3">
        {template.steps.map((s, i) => (
          <li key={`${template.id}-${i}`}>
            <fieldset
              className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem]"
              data-testid="step-assignment"
            >
              <legend className="px-1 text-sm font-medium">
                {t("stepLegend", { order: i + 1, name: s.name })}{" "}
                <span className="font-normal text-slate-500">
                  {t("stepDefault", { kind: kindLabels[s.kind] ?? s.kind, days: s.defaultDurationDays })}
                </span>
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
                    {byUnit.map((u) => (
                      <optgroup key={u.id} label={u.name}>
                        {candidates
                          .filter((c) => c.unitId === u.id)
                          .map((c) => (
                            <option key={c.id} value={c.id}>
                              {c.name}
                              {c.title ? ` — ${c.title}` : ""}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                name={`steps.${i}.deadline`}
                label={t("stepDeadline")}
                errors={errors}
                required
                hint={dateHint(steps[i]?.deadline ?? "")}
              >
                {(p) => (
                  <DateField
                    {...p}
                    min={today}
                    className={inputClass}
                    value={steps[i]?.deadline ?? ""}
                    onChange={(deadline) => onChange(i, { deadline })}
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
