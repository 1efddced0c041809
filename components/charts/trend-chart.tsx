import { useTranslations } from "next-intl";
import { chartTicks } from "./chart-ticks";

export type TTrendPoint = { month: string; DONE_ON_TIME: number; DONE_LATE: number; OVERDUE: number };

/** The stacked series, bottom up; their names are in the catalog at charts.series.<key>. */
export const trendSeries = [
  { key: "DONE_ON_TIME", color: "#0369a1" },
  { key: "DONE_LATE", color: "#ea580c" },
  { key: "OVERDUE", color: "#b91c1c" },
] as const;

const TOP = 8;
const BOTTOM = 24;

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
const pct = (n: number) => `${n.toFixed(3)}%`;

/**
 * On time, late and overdue by month as stacked bars: the proportion of red and orange is
 * what a head reads at a glance. Drawn on the server as SVG, so the dashboard ships no chart
 * library. Across, positions are percentages and the text keeps its size, so the chart fits a
 * phone as well as a wide screen (every other month label is hidden when narrow); the y-axis
 * labels sit in the left padding. Each bar names its month's numbers on hover (<title>), and
 * the exact figures are in the table beside it (TrendChartPanel).
 */
export function TrendChart({ data, label, height = 280 }: { data: TTrendPoint[]; label: string; height?: number }) {
  const t = useTranslations("charts");
  const totals = data.map((d) => d.DONE_ON_TIME + d.DONE_LATE + d.OVERDUE);
  const ticks = chartTicks(Math.max(0, ...totals));
  const plotHeight = height - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight - (value / ticks[ticks.length - 1]) * plotHeight;
  const slot = 100 / Math.max(1, data.length);
  const barWidth = slot * 0.6;
  return (
    <div>
      <div className="pl-9 pr-1">
        <svg
          width="100%"
          height={height}
          role="img"
          aria-label={label}
          className="block overflow-visible text-[11px] sm:text-xs"
          data-testid="trend-chart-svg"
        >
          <title>{label}</title>
          {ticks.map((tick) => (
            <g key={tick}>
              <line
                x1="0"
                x2="100%"
                y1={y(tick)}
                y2={y(tick)}
                stroke="#e2e8f0"
                strokeDasharray={tick === 0 ? undefined : "3 3"}
              />
              <text x={-6} y={y(tick)} dy="0.32em" textAnchor="end" fill="#475569">
                {tick}
              </text>
            </g>
          ))}
          {data.map((d, i) => {
            let base = 0;
            return (
              <g key={d.month}>
                <title>
                  {t("barTitle", {
                    month: monthLabel(d.month),
                    onTime: d.DONE_ON_TIME,
                    late: d.DONE_LATE,
                    overdue: d.OVERDUE,
                  })}
                </title>
                {trendSeries.map((s) => {
                  const from = base;
                  base += d[s.key];
                  return d[s.key] > 0 ? (
                    <rect
                      key={s.key}
                      x={pct(i * slot + (slot - barWidth) / 2)}
                      y={y(base)}
                      width={pct(barWidth)}
                      height={y(from) - y(base)}
                      fill={s.color}
                    />
                  ) : null;
                })}
                <text
                  x={pct((i + 0.5) * slot)}
                  y={height - 6}
                  textAnchor="middle"
                  fill="#475569"
                  className={i % 2 === 1 && data.length > 6 ? "max-sm:hidden" : undefined}
                >
                  {monthLabel(d.month)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-[13px]" aria-hidden="true">
        {trendSeries.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span className="inline-block size-3 rounded-sm" style={{ background: s.color }} />
            {t(`series.${s.key}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
