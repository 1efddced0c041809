import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";
import type { TSignalKind } from "@/lib/domain/signals/signal-kind";
import { isAnswerStatus } from "./labels";
import { tableFrame } from "@/components/ui/table-frame";

export type TSignalRow = {
  id: string;
  kind: TSignalKind;
  since: Date;
  explanation: string;
  answerStatus: string;
  countsAgainstPerson: boolean;
  resolvedAt: Date | null;
  evidenceEventIds: string[];
  subjectUser: { id: string; name: string } | null;
  unit: { name: string };
  task: { id: string; title: string; directive: { number: string } };
};

/**
 * Signals with the explanation the person saw, their answer's status and links to the task
 * and to each event that is evidence (the task's history anchors them as #event-<id>).
 */
export function SignalsTable({
  signals,
  caption,
  personHref,
}: {
  signals: TSignalRow[];
  caption: string;
  personHref?: (id: string) => string;
}) {
  const t = useTranslations("dashboard");
  const tKind = useTranslations("enums.signalKind");
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="signals-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="min-w-40 px-3 py-2">
              {t("signalsTable.signal")}
            </th>
            <th scope="col" className="min-w-40 px-3 py-2">
              {t("signalsTable.person")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("signalsTable.explanation")}
            </th>
            <th scope="col" className="min-w-36 px-3 py-2">
              {t("signalsTable.answer")}
            </th>
          </tr>
        </thead>
        <tbody>
          {signals.map((s) => (
            <tr
              key={s.id}
              className={`border-t border-slate-100 align-top ${s.countsAgainstPerson ? "" : "text-slate-500"}`}
            >
              <td className="px-3 py-2">
                <span className="font-medium">{tKind(s.kind)}</span>
                <div className="text-slate-500">
                  {t("signalsTable.since", { date: formatDate(s.since) })} ·{" "}
                  {s.resolvedAt
                    ? t("signalsTable.resolved", { date: formatDate(s.resolvedAt) })
                    : t("signalsTable.ongoing")}
                </div>
              </td>
              <td className="px-3 py-2">
                {s.subjectUser ? (
                  personHref ? (
                    <Link className="hover:underline" href={personHref(s.subjectUser.id)}>
                      {s.subjectUser.name}
                    </Link>
                  ) : (
                    s.subjectUser.name
                  )
                ) : (
                  t("signalsTable.unitSubject")
                )}
                <div className="text-slate-500">{s.unit.name}</div>
              </td>
              <td className="px-3 py-2">
                <p>{s.explanation}</p>
                <p className="mt-1 text-slate-500">
                  <Link href={`/tasks/${s.task.id}`} className="text-brand-700 hover:underline">
                    {s.task.title}
                  </Link>{" "}
                  · {s.task.directive.number}
                  {s.evidenceEventIds.map((e, i) => (
                    <span key={e}>
                      {" "}
                      ·{" "}
                      <Link href={`/tasks/${s.task.id}#event-${e}`} className="text-brand-700 hover:underline">
                        {t("signalsTable.event", { n: i + 1 })}
                      </Link>
                    </span>
                  ))}
                </p>
              </td>
              <td className="px-3 py-2">
                {isAnswerStatus(s.answerStatus) ? t(`answerStatus.${s.answerStatus}`) : s.answerStatus}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
