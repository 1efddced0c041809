"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  Field,
  FieldError,
  FormAlert,
  fieldId,
  inputClass,
  primaryButtonClass,
} from "@/components/task-form/form-field";
import { useDateHint } from "@/components/task-form/date-hint";
import { DateField } from "@/components/ui/date-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { addCalendarDayAction } from "@/lib/actions/calendar/add-calendar-day-action";
import type { TCalendarEntryInput } from "@/lib/schemas/calendar";

/** Adds a holiday or a swapped working day; the same rules as the server are checked before sending. */
export function CalendarEntryForm({ year }: { year: number }) {
  const t = useTranslations("calendarAdmin.form");
  const dateHint = useDateHint();
  const router = useRouter();
  const [values, setValues] = useState<TCalendarEntryInput>({ date: "", kind: "HOLIDAY", name: "" });
  const form = useSchemaForm(
    () => import("@/lib/schemas/calendar").then((m) => m.ZCalendarEntry),
    addCalendarDayAction,
    () => {
      setValues((v) => ({ ...v, date: "", name: "" }));
      router.refresh();
    },
  );
  const kindId = fieldId("kind");
  return (
    <form
      ref={form.formRef}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit(values);
      }}
    >
      <FormAlert message={form.message} />
      <div className="grid gap-4 sm:grid-cols-[12rem_1fr]">
        <Field name="date" label={t("date")} errors={form.errors} required hint={dateHint(values.date)}>
          {(p) => (
            <DateField
              {...p}
              min={`${year}-01-01`}
              max={`${year}-12-31`}
              className={inputClass}
              value={values.date}
              onChange={(date) => setValues((v) => ({ ...v, date }))}
            />
          )}
        </Field>
        <Field name="name" label={t("name")} errors={form.errors} required>
          {(p) => (
            <input
              {...p}
              type="text"
              className={inputClass}
              value={values.name}
              onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
            />
          )}
        </Field>
      </div>
      <fieldset aria-describedby={`${kindId}-hint`}>
        <legend className="text-sm font-medium">{t("kind")}</legend>
        <div className="mt-1 flex flex-wrap gap-4 text-sm">
          {(
            [
              ["HOLIDAY", t("holiday")],
              ["WORKING_DAY", t("workingDay")],
            ] as const
          ).map(([kind, label]) => (
            <label key={kind} className="flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={values.kind === kind}
                onChange={() => setValues((v) => ({ ...v, kind }))}
              />
              {label}
            </label>
          ))}
        </div>
        <p id={`${kindId}-hint`} className="mt-1 text-xs text-slate-500">
          {t("kindHint")}
        </p>
        <FieldError id={`${kindId}-error`} message={form.errors.kind?.[0]} />
      </fieldset>
      <button type="submit" className={primaryButtonClass} disabled={form.pending}>
        {form.pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}
