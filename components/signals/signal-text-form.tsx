"use client";

import type { z } from "zod";
import { ActionForm, type TFieldNameOf, type TSchemaAction } from "@/components/tasks/action-form";
import { TextAreaField } from "@/components/tasks/form-fields";

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
      {(field) => <TextAreaField {...text} name={field(text.name)} />}
    </ActionForm>
  );
}
