import "server-only";
import { startOfLocalDay } from "@/lib/domain/calendar";
import { localMonthOf, type TPeriod } from "@/lib/domain/rollups";

const MAX_MONTHS = 24;

/** 'YYYY-MM' shifted by `n` months. */
function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const maxMonth = (a: string, b: string) => (a > b ? a : b);
const minMonth = (a: string, b: string) => (a < b ? a : b);

/**
 * The months a trend chart shows and the period it counts. The chart shows finished and
 * overdue work, which lies in the past, so it ends with this month (or the period's last
 * month if earlier) and goes back `months` months, or to the period's first month (at most
 * 24). Every month is listed, so a month with nothing still shows as an empty bar.
 */
export function trendWindow(
  period: TPeriod | null | undefined,
  now: Date,
  months = 12,
): { period: TPeriod; months: string[] } {
  const current = localMonthOf(now);
  const last = period ? minMonth(localMonthOf(new Date(period.to.getTime() - 1)), current) : current;
  const first = period
    ? maxMonth(localMonthOf(period.from), shiftMonth(last, -(MAX_MONTHS - 1)))
    : shiftMonth(last, -(months - 1));
  const list: string[] = [];
  for (let m = minMonth(first, last); m <= last; m = shiftMonth(m, 1)) list.push(m);
  const window = { from: startOfLocalDay(`${list[0]}-01`), to: startOfLocalDay(`${shiftMonth(last, 1)}-01`) };
  if (!period) return { period: window, months: list };
  return {
    period: {
      from: new Date(Math.max(window.from.getTime(), period.from.getTime())),
      to: new Date(Math.min(window.to.getTime(), period.to.getTime())),
    },
    months: list,
  };
}
