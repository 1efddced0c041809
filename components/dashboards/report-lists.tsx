import { printTableFrame } from "@/components/ui/table-frame";
import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/domain/format/format-date";
import { isAnswerStatus } from "./labels";
import type { TRollupListItem } from "@/lib/domain/rollups";
import type { TSignalRow } from "./signals-table";

const cell = "border border-slate-400 px-2 py-1 align-top";
const head = (labels: string[]) => (
  <thead className="bg-slate-100">
    <tr>
      {labels.map((h) => (
        <th key={h} scope="col" className={`${cell} text-center`}>
          {h}
        </th>
      ))}
    </tr>
  </thead>
);

/** Section II of the printed report: the signals of the period (the first ones when there are very many). */
export function ReportSignals({ signals, total }: { signals: TSignalRow[]; total: number }) {
  const t = useTranslations("reports.signals");
  const tDashboard = useTranslations("dashboard");
  const tKind = useTranslations("enums.signalKind");
  return (
    <div className={`mt-6 ${printTableFrame}`}>
      <table className="w-full border-collapse text-sm" data-testid="report-signals">
        <caption className="mb-1 text-left font-semibold">{t("caption", { total })}</caption>
        {head([t("no"), t("person"), t("unit"), t("kind"), t("since"), t("explanation"), t("answer")])}
        <tbody>
          {signals.length === 0 && (
            <tr>
              <td colSpan={7} className={`${cell} text-center text-slate-500`}>
                {t("empty")}
              </td>
            </tr>
          )}
          {signals.map((s, i) => (
            <tr key={s.id}>
              <td className={`${cell} text-center`}>{i + 1}</td>
              <td className={cell}>{s.subjectUser?.name ?? tDashboard("signalsTable.unitSubject")}</td>
              <td className={cell}>{s.unit.name}</td>
              <td className={cell}>{tKind(s.kind)}</td>
              <td className={cell}>{formatDate(s.since)}</td>
              <td className={cell}>{s.explanation}</td>
              <td className={cell}>
                {isAnswerStatus(s.answerStatus) ? tDashboard(`answerStatus.${s.answerStatus}`) : s.answerStatus}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Section III of the printed report: open steps past their deadline, oldest first. */
export function ReportOverdue({ items, total }: { items: TRollupListItem[]; total: number }) {
  const t = useTranslations("reports.overdue");
  return (
    <div className={`mt-6 ${printTableFrame}`}>
      <table className="w-full border-collapse text-sm" data-testid="report-overdue">
        <caption className="mb-1 text-left font-semibold">{t("caption", { total })}</caption>
        {head([
          t("no"),
          t("task"),
          t("directive"),
          t("step"),
          t("owner"),
          t("originalDeadline"),
          t("deadline"),
          t("workingDaysOverdue"),
        ])}
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={8} className={`${cell} text-center text-slate-500`}>
                {t("empty")}
              </td>
            </tr>
          )}
          {items.map((item, i) => (
            <tr key={item.id}>
              <td className={`${cell} text-center`}>{i + 1}</td>
              <td className={cell}>{item.taskTitle}</td>
              <td className={cell}>{item.directiveNumber}</td>
              <td className={cell}>{item.stepName ?? ""}</td>
              <td className={cell}>
                {item.owner?.name ?? ""} · {item.unitName}
              </td>
              <td className={cell}>{formatDate(item.originalDeadline)}</td>
              <td className={cell}>{formatDate(item.deadline)}</td>
              <td className={`${cell} text-right tabular-nums`}>
                {item.classification.category === "OVERDUE" ? item.classification.workingDaysOverdue : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
