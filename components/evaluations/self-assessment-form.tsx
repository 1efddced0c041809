"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { submitSelfAssessmentAction } from "@/lib/actions/evaluations/submit-self-assessment-action";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2 text-sm";

/** The person's self-assessment: what they did in the period, and the general points they propose. */
export function SelfAssessmentForm({
  userId,
  periodKey,
  maxGeneral,
  summary,
  generalPoints,
}: {
  userId: string;
  periodKey: string;
  maxGeneral: number;
  summary: string;
  generalPoints: number | null;
}) {
  const t = useTranslations("evaluation");
  const id = useId();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { formRef, pending, errors, message, submit } = useSchemaForm(
    async () => (await import("@/lib/schemas/evaluations")).ZSelfAssessmentAction,
    submitSelfAssessmentAction,
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const points = String(data.get("generalPoints") ?? "");
    setSaved(false);
    submit({
      userId,
      periodKey,
      summary: String(data.get("summary") ?? ""),
      generalPoints: (points === "" ? undefined : Number(points)) as number,
    });
  }
  const error = (name: string) =>
    errors[name]?.[0] && (
      <p id={`${id}-${name}-error`} className="mt-1 text-sm text-red-700">
        {errors[name][0]}
      </p>
    );
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="grid gap-3" data-testid="self-assessment-form">
      <div>
        <label htmlFor={`${id}-summary`} className="block text-sm font-medium">
          {t("selfSummary")}
        </label>
        <textarea
          id={`${id}-summary`}
          name="summary"
          rows={4}
          defaultValue={summary}
          maxLength={4000}
          className={input}
          aria-invalid={Boolean(errors.summary)}
          aria-describedby={`${id}-summary-error`}
        />
        {error("summary")}
      </div>
      <div className="max-w-xs">
        <label htmlFor={`${id}-general`} className="block text-sm font-medium">
          {t("selfGeneral", { max: maxGeneral })}
        </label>
        <input
          id={`${id}-general`}
          name="generalPoints"
          type="number"
          min={0}
          max={maxGeneral}
          step="0.5"
          defaultValue={generalPoints ?? ""}
          className={input}
          aria-invalid={Boolean(errors.generalPoints)}
          aria-describedby={`${id}-generalPoints-error`}
        />
        {error("generalPoints")}
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("saving") : t("selfSubmit")}
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
    </form>
  );
}
