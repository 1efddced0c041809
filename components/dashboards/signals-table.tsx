import Link from "next/link";
import { formatDate } from "@/lib/domain/format";
import { signalKindLabel, type TSignalKind } from "@/lib/domain/signals/signal-kind";
import { answerStatusLabel } from "./labels";

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
export function SignalsTable({ signals, caption, personHref }: { signals: TSignalRow[]; caption: string; personHref?: (id: string) => string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="signals-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="min-w-40 px-3 py-2">Cảnh báo</th>
            <th scope="col" className="min-w-40 px-3 py-2">Cán bộ</th>
            <th scope="col" className="px-3 py-2">Diễn giải</th>
            <th scope="col" className="min-w-36 px-3 py-2">Giải trình</th>
          </tr>
        </thead>
        <tbody>
          {signals.map((s) => (
            <tr key={s.id} className={`border-t border-slate-100 align-top ${s.countsAgainstPerson ? "" : "text-slate-500"}`}>
              <td className="px-3 py-2">
                <span className="font-medium">{signalKindLabel[s.kind]}</span>
                <div className="text-slate-500">từ {formatDate(s.since)}{s.resolvedAt ? ` · đã chấm dứt ${formatDate(s.resolvedAt)}` : " · đang diễn ra"}</div>
              </td>
              <td className="px-3 py-2">
                {s.subjectUser ? (personHref ? <Link className="hover:underline" href={personHref(s.subjectUser.id)}>{s.subjectUser.name}</Link> : s.subjectUser.name) : "(đơn vị)"}
                <div className="text-slate-500">{s.unit.name}</div>
              </td>
              <td className="px-3 py-2">
                <p>{s.explanation}</p>
                <p className="mt-1 text-slate-500">
                  <Link href={`/tasks/${s.task.id}`} className="text-brand-700 hover:underline">{s.task.title}</Link> · {s.task.directive.number}
                  {s.evidenceEventIds.map((e, i) => (
                    <span key={e}> · <Link href={`/tasks/${s.task.id}#event-${e}`} className="text-brand-700 hover:underline">sự kiện {i + 1}</Link></span>
                  ))}
                </p>
              </td>
              <td className="px-3 py-2">{answerStatusLabel[s.answerStatus] ?? s.answerStatus}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
