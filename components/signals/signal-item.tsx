import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TSignalKind } from "@/lib/domain/signals";
import { formatDate } from "@/lib/domain/format/format-date";
import { AnswerSignalForm } from "./answer-signal-form";
import { ReviewSignalForms } from "./review-signal-forms";
import { SignalAnswers } from "./signal-answers";
import { SignalLoop } from "./signal-loop";
import { answerStatusTone, type TSignalView } from "./signal-types";

/** One signal: what was detected and why, the evidence, the explanations, and what the viewer may do. */
export function SignalItem({ s, showSubject }: { s: TSignalView; showSubject: boolean }) {
  const t = useTranslations("signals");
  const tEnums = useTranslations("enums");
  const headingId = `signal-${s.id}-title`;
  // While an explanation waits for the head, the person is not asked for another one.
  const mayAnswer = s.canAnswer && s.answerStatus !== "ANSWERED";
  return (
    // The anchor a notification about this signal links to.
    <li id={`signal-${s.id}`} className="scroll-mt-20">
      <article
        aria-labelledby={headingId}
        className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
        data-testid="signal-item"
        data-signal-id={s.id}
      >
        <header className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h3 id={headingId} className="font-semibold">
              {tEnums(`signalKind.${s.kind as TSignalKind}`)}
            </h3>
            <p className="text-sm text-slate-600">
              {showSubject && (
                <>
                  {s.subject?.name ?? t("item.unknownPerson")} · {s.unit.name} ·{" "}
                </>
              )}
              {t("item.since", { date: formatDate(s.since) })}
              {s.resolvedAt && <> · {t("item.resolved", { date: formatDate(s.resolvedAt) })}</>}
            </p>
          </div>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${answerStatusTone[s.answerStatus]}`}
            data-testid="signal-status"
          >
            {t(`answerStatus.${s.answerStatus}`)}
          </span>
        </header>
        <p className="text-slate-800" data-testid="signal-explanation">
          {s.explanation}
        </p>
        {s.loop && <SignalLoop loop={s.loop} taskId={s.task.id} />}
        <p className="text-sm">
          {t("item.task")}{" "}
          <Link href={`/tasks/${s.task.id}`} className="text-brand-700 underline-offset-2 hover:underline">
            {s.task.title}
          </Link>
        </p>
        {s.evidenceEventIds.length > 0 && (
          <div className="text-sm">
            <span className="text-slate-600">{t("item.evidence")} </span>
            <ul className="inline">
              {s.evidenceEventIds.map((eventId, i) => (
                <li key={eventId} className="mr-2 inline">
                  <Link
                    href={`/tasks/${s.task.id}#event-${eventId}`}
                    className="text-brand-700 underline underline-offset-2"
                  >
                    {t("item.evidenceEvent", { number: i + 1 })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        {!s.countsAgainstPerson && <p className="text-sm text-emerald-800">{t("item.notCounted")}</p>}
        <SignalAnswers answers={s.answers} />
        {mayAnswer && <AnswerSignalForm signalId={s.id} again={s.answers.length > 0} />}
        {s.canReview && <ReviewSignalForms signalId={s.id} />}
      </article>
    </li>
  );
}
