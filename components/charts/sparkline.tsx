import { useTranslations } from "next-intl";
import type { TTrendPoint } from "./trend-chart";

const BAR = 8;
const GAP = 3;
const HEIGHT = 28;

/**
 * A table-cell-sized trend: one stacked bar per month (on time, late, overdue), scaled to the
 * busiest month. Server-rendered SVG, no script; the numbers are spelled out for screen readers.
 */
export function Sparkline({ data }: { data: TTrendPoint[] }) {
  const max = Math.max(1, ...data.map((d) => d.DONE_ON_TIME + d.DONE_LATE + d.OVERDUE));
  const t = useTranslations("charts");
  const text = data
    .map((d) =>
      t("sparklineMonth", {
        month: `${d.month.slice(5, 7)}/${d.month.slice(0, 4)}`,
        onTime: d.DONE_ON_TIME,
        late: d.DONE_LATE,
        overdue: d.OVERDUE,
      }),
    )
    .join("; ");
  return (
    <>
      <svg width={data.length * (BAR + GAP)} height={HEIGHT} aria-hidden="true" className="inline-block align-middle">
        {data.map((d, i) => {
          let y = HEIGHT;
          return (["DONE_ON_TIME", "DONE_LATE", "OVERDUE"] as const).map((k) => {
            const h = (d[k] / max) * HEIGHT;
            y -= h;
            const fill = k === "DONE_ON_TIME" ? "#0369a1" : k === "DONE_LATE" ? "#ea580c" : "#b91c1c";
            return h > 0 ? (
              <rect key={`${d.month}-${k}`} x={i * (BAR + GAP)} y={y} width={BAR} height={h} fill={fill} />
            ) : null;
          });
        })}
      </svg>
      <span className="sr-only">{text}</span>
    </>
  );
}
