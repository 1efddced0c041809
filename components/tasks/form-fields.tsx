"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useId } from "react";
import { DateField as DayMonthYearField } from "@/components/ui/date-field";
import { FieldError, type TFormFieldName } from "./action-form";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/** A labelled textarea, with an optional hint under its label; ids are unique on the page. */
export function TextAreaField({
  name,
  label,
  hint,
  required = true,
  rows = 3,
}: {
  name: TFormFieldName;
  label: string;
  hint?: string;
  required?: boolean;
  rows?: number;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        className={input}
        aria-describedby={hint ? `${id}-hint ${id}-error` : `${id}-error`}
      />
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

export function DateField({ name, label, min }: { name: TFormFieldName; label: string; min?: string }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <DayMonthYearField id={id} name={name} required min={min} className={input} aria-describedby={`${id}-error`} />
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}

export function SelectField({
  name,
  label,
  options,
  placeholder,
  required = true,
}: {
  name: TFormFieldName;
  label: string;
  options: { value: string; label: string }[];
  placeholder?: string;
  required?: boolean;
}) {
  const t = useTranslations("stepActions");
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        required={required}
        defaultValue=""
        className={input}
        aria-describedby={`${id}-error`}
      >
        <option value="">{placeholder ?? t("choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}
