"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass, type TControlProps, type TFieldErrors } from "@/components/task-form/form-field";
import { describeRecurrence } from "@/lib/domain/recurrence/describe-recurrence";
import { nextPeriod } from "@/lib/domain/recurrence/next-period";
import { periodOf } from "@/lib/domain/recurrence/period-of";
import {
  deadlineRules,
  recurrenceFrequencies,
  type TRecurrenceFrequency,
} from "@/lib/domain/recurrence/recurrence-rule";
import { wordMessage } from "@/lib/i18n/message";
import type { TRecurrenceFormValues } from "./use-recurrence-form-state";

type TProps = {
  values: TRecurrenceFormValues;
  errors: TFieldErrors;
  today: string;
  set: <K extends keyof TRecurrenceFormValues>(key: K, value: TRecurrenceFormValues[K]) => void;
  changeFrequency: (frequency: TRecurrenceFrequency) => void;
};

/** A number typed in a field, or null while it is empty (the schema then says what is missing). */
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** The first periods one may start from: the current one and the next eleven. */
function periodChoices(frequency: TRecurrenceFrequency, today: string) {
  const list = [periodOf(frequency, today)];
  while (list.length < 12) list.push(nextPeriod(frequency, list[list.length - 1]));
  return list.map((p) => p.key);
}

/** How often the task recurs and when each instance is due, with the rule read back in words. */
export function RecurrenceRuleFields({ values, errors, today, set, changeFrequency }: TProps) {
  const t = useTranslations("recurrences.form");
  const tRoot = useTranslations();
  const numberInput = (key: "deadlineDay" | "deadlineOffset" | "leadDays", min: number, max: number) => {
    const control = (p: TControlProps) => (
      <input
        {...p}
        type="number"
        min={min}
        max={max}
        inputMode="numeric"
        className={inputClass}
        value={values[key] ?? ""}
        onChange={(e) => set(key, numberOrNull(e.target.value) as number)}
      />
    );
    return control;
  };
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{t("ruleLegend")}</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="frequency" label={t("frequency")} errors={errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.frequency}
              onChange={(e) => changeFrequency(e.target.value as TRecurrenceFrequency)}
            >
              {recurrenceFrequencies.map((f) => (
                <option key={f} value={f}>
                  {t(`frequencyOption.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="startsOn" label={t("startsOn")} errors={errors} required hint={t("startsOnHint")}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.startsOn}
              onChange={(e) => set("startsOn", e.target.value)}
            >
              {periodChoices(values.frequency, today).map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="leadDays" label={t("leadDays")} errors={errors} required hint={t("leadDaysHint")}>
          {numberInput("leadDays", 0, 90)}
        </Field>
      </div>
      <Field name="deadlineRule" label={t("deadlineRule")} errors={errors} required>
        {(p) => (
          <select
            {...p}
            className={inputClass}
            value={values.deadlineRule}
            onChange={(e) => set("deadlineRule", e.target.value as TRecurrenceFormValues["deadlineRule"])}
          >
            {deadlineRules.map((r) => (
              <option key={r} value={r}>
                {t(`deadlineRuleOption.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.deadlineRule === "FIXED_DAY" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="deadlineDay" label={t("deadlineDay")} errors={errors} required hint={t("deadlineDayHint")}>
            {numberInput("deadlineDay", 1, 31)}
          </Field>
          <label className="mt-6 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={values.deadlineNextMonth}
              onChange={(e) => set("deadlineNextMonth", e.target.checked)}
            />
            {t(`deadlineNextMonth.${values.frequency}`)}
          </label>
        </div>
      ) : (
        <Field name="deadlineOffset" label={t("deadlineOffset")} errors={errors} required>
          {numberInput("deadlineOffset", 1, 60)}
        </Field>
      )}
      <p className="text-sm text-slate-700" data-testid="rule-preview" aria-live="polite">
        {t("preview")} <strong>{wordMessage(tRoot, describeRecurrence(values))}</strong>
      </p>
    </fieldset>
  );
}
