import { formatDateTime } from "@/lib/domain/format";
import { answerStatusLabel, type TSignalAnswerView } from "./signal-types";

/** The explanations given so far and the head's ruling on each, oldest first. */
export function SignalAnswers({ answers }: { answers: TSignalAnswerView[] }) {
  if (answers.length === 0) return null;
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-3 text-sm" aria-label="Các lần giải trình">
      {answers.map((a) => (
        <li key={a.id}>
          <p className="text-slate-500">
            {a.author.name} giải trình lúc <time dateTime={a.createdAt.toISOString()}>{formatDateTime(a.createdAt)}</time>
          </p>
          <p className="whitespace-pre-line text-slate-800">{a.explanation}</p>
          {a.reviewedAt && (
            <p className="mt-1 text-slate-700">
              <span className="font-medium">{answerStatusLabel[a.decision]}</span>
              {a.reviewedBy && <> — {a.reviewedBy.name}, {formatDateTime(a.reviewedAt)}</>}
              {a.reviewNote && <>: “{a.reviewNote}”</>}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
