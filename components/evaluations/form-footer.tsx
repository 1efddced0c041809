"use client";

import { useTranslations } from "@/components/i18n/use-translations";

/**
 * The evaluation forms' submit button with what happened: the refusal (unless it is already
 * shown beside its field) or "saved".
 */
export function FormFooter({
  label,
  pending,
  message,
  errors,
  saved,
  className = "flex items-center gap-3",
}: {
  label: string;
  pending: boolean;
  message: string | null;
  errors: Record<string, string[] | undefined>;
  saved: boolean;
  className?: string;
}) {
  const t = useTranslations("evaluation");
  return (
    <div className={className}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("saving") : label}
      </button>
      {message && !Object.values(errors).flat().includes(message) && (
        <p role="alert" className="text-sm text-red-700">
          {message}
        </p>
      )}
      {saved && !message && (
        <p role="status" className="text-sm text-green-700">
          {t("saved")}
        </p>
      )}
    </div>
  );
}

/** A field's refusal under it, with the id its control names in aria-describedby. */
export function FieldError({
  id,
  name,
  errors,
}: {
  id: string;
  name: string;
  errors: Record<string, string[] | undefined>;
}) {
  const first = errors[name]?.[0];
  return first ? (
    <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-700">
      {first}
    </p>
  ) : null;
}
