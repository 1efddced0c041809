import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/domain/format/format-date-time";
import type { TSignalAnswerView } from "./signal-types";

/** The explanations given so far and the head's ruling on each, oldest first. */
export function SignalAnswers({ answers }: { answers: TSignalAnswerView[] }) {
  const t = useTranslations("signals");
  if (answers.length === 0) return null;
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-3 text-sm" aria-label={t("answers.label")}>
      {answers.map((a) => (
        <li key={a.id}>
          <p className="text-slate-500">
            {t.rich("answers.answeredAt", {
              name: a.author.name,
              at: formatDateTime(a.createdAt),
              time: (chunks) => <time dateTime={a.createdAt.toISOString()}>{chunks}</time>,
            })}
          </p>
          <p className="whitespace-pre-line text-slate-800">{a.explanation}</p>
          {a.reviewedAt && (
            <p className="mt-1 text-slate-700">
              <span className="font-medium">{t(`answerStatus.${a.decision}`)}</span>
              {a.reviewedBy && (
                <>
                  {" "}
                  — {a.reviewedBy.name}, {formatDateTime(a.reviewedAt)}
                </>
              )}
              {a.reviewNote && <>: “{a.reviewNote}”</>}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
