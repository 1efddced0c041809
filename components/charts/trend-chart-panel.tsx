import { useTranslations } from "next-intl";
import { ChartDataTable } from "./chart-data-table";
import { TrendChart, type TTrendPoint } from "./trend-chart";

const keys = ["DONE_ON_TIME", "DONE_LATE", "OVERDUE"] as const;

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The monthly trend: the chart, a one-line summary for screen readers, and the table of its numbers. */
export function TrendChartPanel({
  title,
  data,
  hrefFor,
}: {
  title: string;
  data: TTrendPoint[];
  hrefFor?: (month: string, key: "DONE_ON_TIME" | "DONE_LATE" | "OVERDUE") => string;
}) {
  const t = useTranslations("charts");
  const tCategory = useTranslations("enums.reportCategory");
  const columns = keys.map((key) => ({ key, label: tCategory(key) }));
  const sum = (k: (typeof keys)[number]) => data.reduce((n, d) => n + d[k], 0);
  const summary = t("trendSummary", {
    title,
    months: data.length,
    onTime: sum("DONE_ON_TIME"),
    late: sum("DONE_LATE"),
    overdue: sum("OVERDUE"),
  });
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-3" data-testid="trend-chart">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <TrendChart data={data} label={summary} />
      <ChartDataTable
        caption={title}
        rowHeader={t("month")}
        columns={columns}
        rows={data}
        rowLabel={(r) => monthLabel(r.month)}
        hrefFor={hrefFor ? (r, k) => hrefFor(r.month, k) : undefined}
      />
    </figure>
  );
}
