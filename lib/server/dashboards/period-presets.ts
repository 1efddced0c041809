import "server-only";
import { addCalendarDays, localDateOf } from "@/lib/domain/calendar";

/**
 * Periods offered in one click, as local dates for the URL: this month, this quarter, this
 * year, last month, and everything (no dates).
 */
export function periodPresets(now: Date): { label: string; from?: string; to?: string }[] {
  const today = localDateOf(now);
  const [y, m] = today.split("-").map(Number);
  const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}-01`;
  const lastDay = (year: number, month: number) => addCalendarDays(month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1), -1);
  const q = Math.floor((m - 1) / 3) * 3 + 1;
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  return [
    { label: "Tháng này", from: monthStart(y, m), to: lastDay(y, m) },
    { label: "Tháng trước", from: monthStart(py, pm), to: lastDay(py, pm) },
    { label: "Quý này", from: monthStart(y, q), to: lastDay(y, q + 2) },
    { label: "Năm nay", from: `${y}-01-01`, to: `${y}-12-31` },
    { label: "Toàn bộ thời gian" },
  ];
}
