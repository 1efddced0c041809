"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { FieldError, FormFooter } from "./form-footer";
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
  const error = (name: string) => <FieldError id={id} name={name} errors={errors} />;
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
      <FormFooter label={t("selfSubmit")} pending={pending} message={message} errors={errors} saved={saved} />
    </form>
  );
}
