"use client";

import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { useEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import type { TActionResult } from "@/lib/actions/create-action";
import { issuesByField } from "@/lib/schemas/issues-by-field";
import type { TFieldErrors } from "./form-field";

/**
 * Submits a form's values through one server action: validates first with the same zod
 * schema as the server (plus `extraCheck`, for rules that need no database), then shows the
 * server's field errors and message in place. The values live in the caller's state, so
 * nothing typed is lost on an error. After a failure, focus moves to the first invalid field.
 * The schema comes from `loadSchema`, a dynamic import: zod weighs 30 kB gzip, which would
 * put a form's page over its JavaScript budget if it came with the page instead of on sending.
 */
export function useSchemaForm<S extends z.ZodType, T>(
  loadSchema: () => Promise<S>,
  action: (input: unknown) => Promise<TActionResult<T>>,
  onSuccess: (data: T) => void,
  extraCheck?: (values: z.input<S>) => TFieldErrors,
) {
  const t = useTranslations("ui");
  const locale = useLocale();
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt]);

  function fail(fieldErrors: TFieldErrors, text: string) {
    setErrors(fieldErrors);
    setMessage(text);
    setAttempt((n) => n + 1);
  }

  function submit(values: z.input<S>) {
    startTransition(async () => {
      // The validation messages load with the schema, when the form is sent, in the page's
      // language (as the server words its own refusals in the person's).
      const [schema, { withValidationLocale }] = await Promise.all([loadSchema(), import("@/lib/i18n/validation")]);
      const parsed = withValidationLocale(locale, () => schema.safeParse(values));
      const fieldErrors = { ...(parsed.success ? {} : issuesByField(parsed.error, "input")), ...extraCheck?.(values) };
      if (Object.keys(fieldErrors).length > 0) return fail(fieldErrors, t("formInvalid"));
      const result = await action(values);
      if (result.ok) {
        setErrors({});
        setMessage(null);
        onSuccess(result.data);
      } else {
        fail(result.fieldErrors ?? {}, result.message);
      }
    });
  }

  return { formRef, pending, errors, message, submit };
}
