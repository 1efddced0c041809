"use client";

import type { ReactNode, RefObject } from "react";
import { FormAlert, primaryButtonClass, secondaryButtonClass } from "./form-field";

/**
 * The frame of a form sent through useSchemaForm: no browser validation (the schema's
 * messages are the ones shown), the form's message on top, and `onSubmit` instead of a page
 * load.
 */
export function FormFrame({
  form,
  onSubmit,
  children,
}: {
  form: { formRef: RefObject<HTMLFormElement | null>; message: string | null };
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      ref={form.formRef}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <FormAlert message={form.message} />
      {children}
    </form>
  );
}

/** The submit button, saying it works while it does, and what was saved after it did. */
export function SubmitRow({
  pending,
  label,
  pendingLabel,
  done,
  secondary,
  disabled,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  done?: string | null;
  secondary?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className="flex items-center gap-3">
      <button
        type="submit"
        className={secondary ? secondaryButtonClass : primaryButtonClass}
        disabled={pending || disabled}
      >
        {pending ? pendingLabel : label}
      </button>
      {done && (
        <p role="status" className="text-sm text-green-700">
          {done}
        </p>
      )}
    </div>
  );
}
