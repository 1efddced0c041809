import { chartTicks } from "./chart-ticks";

export type TTrendPoint = { month: string; DONE_ON_TIME: number; DONE_LATE: number; OVERDUE: number };

export const trendSeries = [
  { key: "DONE_ON_TIME", label: "Hoàn thành đúng hạn", color: "#0369a1" },
  { key: "DONE_LATE", label: "Hoàn thành quá hạn", color: "#ea580c" },
  { key: "OVERDUE", label: "Quá hạn (chưa xong)", color: "#b91c1c" },
] as const;

const WIDTH = 720;
const LEFT = 40;
const RIGHT = 8;
const TOP = 8;
const BOTTOM = 24;

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * On time, late and overdue by month as stacked bars: the proportion of red and orange is
 * what a head reads at a glance. Drawn on the server as SVG, so the dashboard ships no chart
 * library: it scales to its box through the viewBox, each bar names its month's numbers on
 * hover (<title>), and the exact figures are in the table beside it (TrendChartPanel).
 */
export function TrendChart({ data, label, height = 280 }: { data: TTrendPoint[]; label: string; height?: number }) {
  const totals = data.map((d) => d.DONE_ON_TIME + d.DONE_LATE + d.OVERDUE);
  const ticks = chartTicks(Math.max(0, ...totals));
  const plotHeight = height - TOP - BOTTOM;
  const y = (value: number) => TOP + plotHeight - (value / ticks[ticks.length - 1]) * plotHeight;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, data.length);
  const barWidth = Math.min(48, slot * 0.7);
  return (
    <div>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={label} className="block h-auto" data-testid="trend-chart-svg">
        <title>{label}</title>
        <g fontSize={12} fill="#475569">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeDasharray={t === 0 ? undefined : "3 3"} />
              <text x={LEFT - 6} y={y(t)} dy="0.32em" textAnchor="end">{t}</text>
            </g>
          ))}
        </g>
        {data.map((d, i) => {
          const x = LEFT + i * slot + (slot - barWidth) / 2;
          let base = 0;
          return (
            <g key={d.month}>
              <title>{`Tháng ${monthLabel(d.month)}: ${trendSeries.map((s) => `${d[s.key]} ${s.label.toLowerCase()}`).join(", ")}`}</title>
              {trendSeries.map((s) => {
                const from = base;
                base += d[s.key];
                return d[s.key] > 0 ? <rect key={s.key} x={x} y={y(base)} width={barWidth} height={y(from) - y(base)} fill={s.color} /> : null;
              })}
              <text x={x + barWidth / 2} y={height - 6} textAnchor="middle" fontSize={12} fill="#475569">{monthLabel(d.month)}</text>
            </g>
          );
        })}
      </svg>
      <ul className="mt-1 flex flex-wrap justify-center gap-x-4 gap-y-1 text-[13px]" aria-hidden="true">
        {trendSeries.map((s) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span className="inline-block size-3 rounded-sm" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
