"use client";

import { answerConsultationAction } from "@/lib/actions/consultations/answer-consultation-action";
import { markConsultationVagueAction } from "@/lib/actions/consultations/mark-consultation-vague-action";
import { ActionForm } from "./action-form";
import { SelectField, TextAreaField } from "./form-fields";

const POSITIONS = [
  { value: "AGREE", label: "Thống nhất" },
  { value: "AGREE_WITH_COMMENTS", label: "Thống nhất, có ý kiến bổ sung" },
  { value: "DISAGREE", label: "Không thống nhất" },
  { value: "NOT_IN_REMIT", label: "Không thuộc chức năng, nhiệm vụ của đơn vị" },
];

export function AnswerConsultationForm({ consultationId }: { consultationId: string }) {
  return (
    <ActionForm action={answerConsultationAction} hidden={{ consultationId }} submitLabel="Gửi trả lời" testId="answer-consultation">
      <SelectField name="position" label="Quan điểm" options={POSITIONS} />
      <TextAreaField name="answer" label="Nội dung trả lời (nêu rõ quan điểm, không chung chung)" />
    </ActionForm>
  );
}

export function MarkVagueForm({ consultationId }: { consultationId: string }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm text-orange-800">Đánh dấu trả lời chung chung, né tránh</summary>
      <ActionForm action={markConsultationVagueAction} hidden={{ consultationId }} submitLabel="Đánh dấu" tone="secondary">
        <TextAreaField name="reason" label="Vì sao câu trả lời chung chung hoặc né tránh?" rows={2} />
      </ActionForm>
    </details>
  );
}
