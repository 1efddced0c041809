"use client";

import { useId } from "react";
import { FieldError } from "@/components/tasks/action-form";

/**
 * A labelled textarea with a hint under its label, and ids unique on the page: the signals
 * list repeats the same form once per signal.
 */
export function SignalTextArea({ name, label, hint, required = true, rows = 3 }: {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  rows?: number;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint && <p id={`${id}-hint`} className="text-xs text-slate-600">{hint}</p>}
      <textarea
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-describedby={[hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ")}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}
