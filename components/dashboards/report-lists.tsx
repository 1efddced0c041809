import { formatDate } from "@/lib/domain/format";
import { signalKindLabel } from "@/lib/domain/signals/signal-kind";
import { answerStatusLabel } from "./labels";
import type { TRollupListItem } from "@/lib/domain/rollups";
import type { TSignalRow } from "./signals-table";

const cell = "border border-slate-400 px-2 py-1 align-top";
const head = (labels: string[]) => (
  <thead className="bg-slate-100"><tr>{labels.map((h) => <th key={h} scope="col" className={`${cell} text-center`}>{h}</th>)}</tr></thead>
);

/** Section II of the printed report: the signals of the period (the first ones when there are very many). */
export function ReportSignals({ signals, total }: { signals: TSignalRow[]; total: number }) {
  return (
    <table className="mt-6 w-full border-collapse text-sm" data-testid="report-signals">
      <caption className="mb-1 text-left font-semibold">II. Cảnh báo trách nhiệm trong kỳ ({total})</caption>
      {head(["STT", "Cán bộ", "Đơn vị", "Loại cảnh báo", "Từ ngày", "Diễn giải", "Giải trình"])}
      <tbody>
        {signals.length === 0 && <tr><td colSpan={7} className={`${cell} text-center text-slate-500`}>Không có cảnh báo nào.</td></tr>}
        {signals.map((s, i) => (
          <tr key={s.id}>
            <td className={`${cell} text-center`}>{i + 1}</td>
            <td className={cell}>{s.subjectUser?.name ?? "(đơn vị)"}</td>
            <td className={cell}>{s.unit.name}</td>
            <td className={cell}>{signalKindLabel[s.kind]}</td>
            <td className={cell}>{formatDate(s.since)}</td>
            <td className={cell}>{s.explanation}</td>
            <td className={cell}>{answerStatusLabel[s.answerStatus] ?? s.answerStatus}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Section III of the printed report: open steps past their deadline, oldest first. */
export function ReportOverdue({ items, total }: { items: TRollupListItem[]; total: number }) {
  return (
    <table className="mt-6 w-full border-collapse text-sm" data-testid="report-overdue">
      <caption className="mb-1 text-left font-semibold">III. Việc quá hạn ({total})</caption>
      {head(["STT", "Nhiệm vụ", "Văn bản", "Khâu", "Người chịu trách nhiệm", "Hạn ban đầu", "Hạn hiện hành", "Số ngày làm việc quá hạn"])}
      <tbody>
        {items.length === 0 && <tr><td colSpan={8} className={`${cell} text-center text-slate-500`}>Không có việc quá hạn.</td></tr>}
        {items.map((t, i) => (
          <tr key={t.id}>
            <td className={`${cell} text-center`}>{i + 1}</td>
            <td className={cell}>{t.taskTitle}</td>
            <td className={cell}>{t.directiveNumber}</td>
            <td className={cell}>{t.stepName ?? ""}</td>
            <td className={cell}>{t.owner?.name ?? ""} · {t.unitName}</td>
            <td className={cell}>{formatDate(t.originalDeadline)}</td>
            <td className={cell}>{formatDate(t.deadline)}</td>
            <td className={`${cell} text-right tabular-nums`}>{t.classification.category === "OVERDUE" ? t.classification.workingDaysOverdue : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
