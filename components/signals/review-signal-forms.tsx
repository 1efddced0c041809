"use client";

import { ActionForm } from "@/components/tasks/action-form";
import { reviewSignalAnswerAction } from "@/lib/actions/signals/review-signal-answer-action";
import { SignalTextArea } from "./signal-text-area";

/** A head's ruling on a pending explanation: an objective cause (no longer counts), or not. */
export function ReviewSignalForms({ signalId }: { signalId: string }) {
  return (
    <div className="grid gap-4 rounded-md border border-sky-300 bg-sky-50 p-3 md:grid-cols-2">
      <ActionForm
        action={reviewSignalAnswerAction}
        hidden={{ signalId, accept: true }}
        submitLabel="Chấp nhận là nguyên nhân khách quan"
        testId="accept-signal"
      >
        <SignalTextArea name="note" label="Ý kiến của lãnh đạo (không bắt buộc)" required={false} rows={2} />
      </ActionForm>
      <ActionForm
        action={reviewSignalAnswerAction}
        hidden={{ signalId, accept: false }}
        submitLabel="Không chấp nhận"
        tone="secondary"
        testId="reject-signal"
      >
        <SignalTextArea name="note" label="Lý do không chấp nhận" hint="Bắt buộc, ít nhất 10 ký tự." rows={2} />
      </ActionForm>
    </div>
  );
}
