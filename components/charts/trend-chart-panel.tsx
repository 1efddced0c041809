import { ChartDataTable } from "./chart-data-table";
import { TrendChart, type TTrendPoint } from "./trend-chart";

const columns = [
  { key: "DONE_ON_TIME" as const, label: "Hoàn thành đúng hạn" },
  { key: "DONE_LATE" as const, label: "Hoàn thành quá hạn" },
  { key: "OVERDUE" as const, label: "Quá hạn" },
];

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The monthly trend: the chart, a one-line summary for screen readers, and the table of its numbers. */
export function TrendChartPanel({
  title, data, hrefFor,
}: {
  title: string;
  data: TTrendPoint[];
  hrefFor?: (month: string, key: "DONE_ON_TIME" | "DONE_LATE" | "OVERDUE") => string;
}) {
  const sum = (k: (typeof columns)[number]["key"]) => data.reduce((n, d) => n + d[k], 0);
  const summary = `${title}: ${data.length} tháng, ${sum("DONE_ON_TIME")} hoàn thành đúng hạn, ${sum("DONE_LATE")} hoàn thành quá hạn, ${sum("OVERDUE")} quá hạn.`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" data-testid="trend-chart">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <TrendChart data={data} label={summary} />
      <ChartDataTable
        caption={title}
        rowHeader="Tháng"
        columns={columns}
        rows={data}
        rowLabel={(r) => monthLabel(r.month)}
        hrefFor={hrefFor ? (r, k) => hrefFor(r.month, k) : undefined}
      />
    </figure>
  );
}
