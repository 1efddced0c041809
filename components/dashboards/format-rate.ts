const percent = new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

/** "85,7%", or "—" when nothing was completed (no rate, not 0%). */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : percent.format(rate);
}

/** "1,5", or "—" when there is nothing to average. */
export function formatAverage(value: number | null): string {
  return value === null ? "—" : decimal.format(value);
}

/** "03/2026" for '2026-03'. */
export function formatMonth(month: string): string {
  const [y, m] = month.split("-");
  return `${m}/${y}`;
}
