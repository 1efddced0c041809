import { useTranslations } from "next-intl";
import { reviewSignalAnswerAction } from "@/lib/actions/signals/review-signal-answer-action";
import { SignalTextForm } from "./signal-text-form";

/** A head's ruling on a pending explanation: an objective cause (no longer counts), or not. */
export function ReviewSignalForms({ signalId }: { signalId: string }) {
  const t = useTranslations("signals.reviewForm");
  return (
    <div className="grid gap-4 rounded-md border border-sky-300 bg-sky-50 p-3 md:grid-cols-2">
      <SignalTextForm
        action={reviewSignalAnswerAction}
        hidden={{ signalId, accept: true }}
        submitLabel={t("accept")}
        testId="accept-signal"
        text={{ name: "note", label: t("acceptNote"), required: false, rows: 2 }}
      />
      <SignalTextForm
        action={reviewSignalAnswerAction}
        hidden={{ signalId, accept: false }}
        submitLabel={t("reject")}
        tone="secondary"
        testId="reject-signal"
        text={{ name: "note", label: t("rejectNote"), hint: t("rejectHint"), rows: 2 }}
      />
    </div>
  );
}
