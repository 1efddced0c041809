import { reportCategories, reportCategoryLabel, type TRollupRow } from "@/lib/domain/rollups";
import { formatRate } from "./format-rate";

type TRow = { name: string; row: TRollupRow; escalations: number };

const cell = "border border-slate-400 px-2 py-1";

/** The report's counts by unit with a totals row, laid out as the Excel sheet. */
export function ReportCountsTable({ rows, total }: { rows: TRow[]; total: { row: TRollupRow; escalations: number } }) {
  const line = (r: TRow, i: number | null) => (
    <>
      <td className={`${cell} text-center`}>{i ?? ""}</td>
      <th scope="row" className={`${cell} text-left ${i === null ? "font-semibold" : "font-normal"}`}>{r.name}</th>
      <td className={`${cell} text-right tabular-nums`}>{r.row.total}</td>
      {reportCategories.map((c) => <td key={c} className={`${cell} text-right tabular-nums`}>{r.row.categories[c]}</td>)}
      <td className={`${cell} text-right tabular-nums`}>{formatRate(r.row.onTimeRate)}</td>
      <td className={`${cell} text-right tabular-nums`}>{r.row.signalTotal}</td>
      <td className={`${cell} text-right tabular-nums`}>{r.escalations}</td>
    </>
  );
  return (
    <table className="w-full border-collapse text-sm" data-testid="report-counts">
      <caption className="mb-1 text-left font-semibold">I. Tình hình thực hiện theo đơn vị (đếm theo khâu)</caption>
      <thead className="bg-slate-100">
        <tr>
          {["STT", "Đơn vị", "Tổng số khâu", ...reportCategories.map((c) => reportCategoryLabel[c]), "Tỷ lệ hoàn thành đúng hạn", "Cảnh báo trách nhiệm", "Báo cáo vượt cấp chờ xử lý"].map((h) => (
            <th key={h} scope="col" className={`${cell} text-center`}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => <tr key={r.name}>{line(r, i + 1)}</tr>)}
      </tbody>
      <tfoot className="font-semibold">
        <tr>{line({ name: "Tổng cộng", ...total }, null)}</tr>
      </tfoot>
    </table>
  );
}
