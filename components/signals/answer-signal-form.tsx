"use client";

import { ActionForm } from "@/components/tasks/action-form";
import { answerSignalAction } from "@/lib/actions/signals/answer-signal-action";
import { SignalTextArea } from "./signal-text-area";

/** The person concerned explains the signal (giải trình); a head of their unit then rules on it. */
export function AnswerSignalForm({ signalId, again }: { signalId: string; again: boolean }) {
  return (
    <ActionForm action={answerSignalAction} hidden={{ signalId }} submitLabel={again ? "Gửi giải trình bổ sung" : "Gửi giải trình"} testId="answer-signal">
      <SignalTextArea
        name="explanation"
        label={again ? "Giải trình bổ sung" : "Giải trình của bạn"}
        hint="Nêu nguyên nhân cụ thể (ít nhất 20 ký tự): việc gì, do ai, từ ngày nào, đã làm gì để khắc phục."
        rows={4}
      />
    </ActionForm>
  );
}
