import { useTranslations } from "@/components/i18n/use-translations";
import { DateField } from "@/components/ui/date-field";
import { priorities } from "@/lib/schemas/priorities";
import { useDateHint } from "./date-hint";
import { Field, inputClass, type TFieldErrors } from "./form-field";
import type { TTaskFormValues } from "./use-task-form-state";

type TProps = {
  values: TTaskFormValues;
  errors: TFieldErrors;
  today: string;
  set: <K extends keyof TTaskFormValues>(key: K, value: TTaskFormValues[K]) => void;
};

/** What the task is: title, point of the directive, content, expected result, priority and deadline. */
export function TaskDetailsFields({ values, errors, today, set }: TProps) {
  const t = useTranslations("taskForm");
  const dateHint = useDateHint();
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{t("detailsLegend")}</legend>
      <Field name="title" label={t("title")} errors={errors} required>
        {(p) => (
          <input
            {...p}
            type="text"
            className={inputClass}
            value={values.title}
            onChange={(e) => set("title", e.target.value)}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-4">
        <Field name="point" label={t("point")} errors={errors} hint={t("pointHint")}>
          {(p) => (
            <input
              {...p}
              type="text"
              className={inputClass}
              value={values.point}
              onChange={(e) => set("point", e.target.value)}
            />
          )}
        </Field>
        <Field name="priority" label={t("priority")} errors={errors}>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.priority}
              onChange={(e) => set("priority", e.target.value as TTaskFormValues["priority"])}
            >
              {priorities.map((v) => (
                <option key={v} value={v}>
                  {t(`priorityOption.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="evaluationWeight" label={t("evaluationWeight")} errors={errors}>
          {(p) => (
            <input
              {...p}
              type="number"
              min={0.1}
              max={100}
              step="0.1"
              className={inputClass}
              value={values.evaluationWeight ?? ""}
              onChange={(e) => set("evaluationWeight", e.target.value === "" ? null : Number(e.target.value))}
            />
          )}
        </Field>
        <Field name="deadline" label={t("deadline")} errors={errors} required hint={dateHint(values.deadline)}>
          {(p) => (
            <DateField
              {...p}
              min={today}
              className={inputClass}
              value={values.deadline}
              onChange={(deadline) => set("deadline", deadline)}
            />
          )}
        </Field>
      </div>
      <Field name="description" label={t("description")} errors={errors}>
        {(p) => (
          <textarea
            {...p}
            rows={3}
            className={inputClass}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
          />
        )}
      </Field>
      <Field name="expectedResult" label={t("expectedResult")} errors={errors} hint={t("expectedResultHint")}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            className={inputClass}
            value={values.expectedResult}
            onChange={(e) => set("expectedResult", e.target.value)}
          />
        )}
      </Field>
    </fieldset>
  );
}
