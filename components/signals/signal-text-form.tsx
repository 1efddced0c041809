"use client";

import { useId } from "react";
import type { z } from "zod";
import {
  ActionForm,
  FieldError,
  type TFieldNameOf,
  type TFormFieldName,
  type TSchemaAction,
} from "@/components/tasks/action-form";

type TText = { label: string; hint?: string; required?: boolean; rows?: number };

/**
 * A signal's action form with one text field (an explanation, a head's note). The signal forms
 * are server components, which cannot hand ActionForm its `children` function, so they name
 * the field here, as data: `text.name` is checked against the action's schema all the same.
 */
export function SignalTextForm<S extends z.ZodType>({
  action,
  hidden,
  submitLabel,
  tone,
  testId,
  text,
}: {
  action: TSchemaAction<S>;
  hidden: Partial<z.input<S>>;
  submitLabel: string;
  tone?: "primary" | "secondary";
  testId: string;
  text: TText & { name: TFieldNameOf<S> };
}) {
  return (
    <ActionForm action={action} hidden={hidden} submitLabel={submitLabel} tone={tone} testId={testId}>
      {(field) => <SignalTextArea {...text} name={field(text.name)} />}
    </ActionForm>
  );
}

/**
 * A labelled textarea with a hint under its label, and ids unique on the page: the signals
 * list repeats the same form once per signal.
 */
function SignalTextArea({ name, label, hint, required = true, rows = 3 }: TText & { name: TFormFieldName }) {
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
        aria-describedby={[hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ")}
        className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      <FieldError name={name} id={`${id}-error`} />
    </div>
  );
}
