import { useTranslations } from "next-intl";
import { answerSignalAction } from "@/lib/actions/signals/answer-signal-action";
import { SignalTextForm } from "./signal-text-form";

/** The person concerned explains the signal (giải trình); a head of their unit then rules on it. */
export function AnswerSignalForm({ signalId, again }: { signalId: string; again: boolean }) {
  const t = useTranslations("signals.answerForm");
  return (
    <SignalTextForm
      action={answerSignalAction}
      hidden={{ signalId }}
      submitLabel={again ? t("submitAgain") : t("submit")}
      testId="answer-signal"
      text={{ name: "explanation", label: again ? t("labelAgain") : t("label"), hint: t("hint"), rows: 4 }}
    />
  );
}
