"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { answerConsultationAction } from "@/lib/actions/consultations/answer-consultation-action";
import { markConsultationVagueAction } from "@/lib/actions/consultations/mark-consultation-vague-action";
import { ActionForm } from "./action-form";
import { SelectField, TextAreaField } from "./form-fields";

const POSITIONS = ["AGREE", "AGREE_WITH_COMMENTS", "DISAGREE", "NOT_IN_REMIT"] as const;

export function AnswerConsultationForm({ consultationId }: { consultationId: string }) {
  const t = useTranslations("stepActions");
  const positions = POSITIONS.map((value) => ({ value, label: t(`positionOptions.${value}`) }));
  return (
    <ActionForm
      action={answerConsultationAction}
      hidden={{ consultationId }}
      submitLabel={t("sendAnswer")}
      testId="answer-consultation"
    >
      {(field) => (
        <>
          <SelectField name={field("position")} label={t("position")} options={positions} />
          <TextAreaField name={field("answer")} label={t("answer")} />
        </>
      )}
    </ActionForm>
  );
}

export function MarkVagueForm({ consultationId }: { consultationId: string }) {
  const t = useTranslations("stepActions");
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-orange-800">{t("markVague")}</summary>
      <ActionForm
        action={markConsultationVagueAction}
        hidden={{ consultationId }}
        submitLabel={t("mark")}
        tone="secondary"
      >
        {(field) => <TextAreaField name={field("reason")} label={t("vagueReason")} rows={2} />}
      </ActionForm>
    </details>
  );
}
