import { useLocale, useTranslations } from "next-intl";
import { printTableFrame } from "@/components/ui/table-frame";
import { reportCategories, type TRollupRow } from "@/lib/domain/rollups";
import { formatRate } from "./format-rate";

type TRow = { name: string; row: TRollupRow; escalations: number };

const cell = "border border-slate-400 px-2 py-1";

/** The report's counts by unit with a totals row, laid out as the Excel sheet. */
export function ReportCountsTable({ rows, total }: { rows: TRow[]; total: { row: TRollupRow; escalations: number } }) {
  const t = useTranslations("reports.counts");
  const tCategory = useTranslations("enums.reportCategory");
  const locale = useLocale();
  const line = (r: TRow, i: number | null) => (
    <>
      <td className={`${cell} text-center`}>{i ?? ""}</td>
      <th scope="row" className={`${cell} text-left ${i === null ? "font-semibold" : "font-normal"}`}>
        {r.name}
      </th>
      <td className={`${cell} text-right tabular-nums`}>{r.row.total}</td>
      {reportCategories.map((c) => (
        <td key={c} className={`${cell} text-right tabular-nums`}>
          {r.row.categories[c]}
        </td>
      ))}
      <td className={`${cell} text-right tabular-nums`}>{formatRate(r.row.onTimeRate, locale)}</td>
      <td className={`${cell} text-right tabular-nums`}>{r.row.signalTotal}</td>
      <td className={`${cell} text-right tabular-nums`}>{r.escalations}</td>
    </>
  );
  return (
    <div className={printTableFrame}>
      <table className="w-full border-collapse text-sm" data-testid="report-counts">
        <caption className="mb-1 text-left font-semibold">{t("caption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            {[
              t("no"),
              t("unit"),
              t("totalSteps"),
              ...reportCategories.map((c) => tCategory(c)),
              t("onTimeRate"),
              t("signals"),
              t("escalations"),
            ].map((h) => (
              <th key={h} scope="col" className={`${cell} text-center`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.name}>{line(r, i + 1)}</tr>
          ))}
        </tbody>
        <tfoot className="font-semibold">
          <tr>{line({ name: t("total"), ...total }, null)}</tr>
        </tfoot>
      </table>
    </div>
  );
}
