import { periodFromKey } from "@/lib/domain/recurrence/period-from-key";

/**
 * The period key ("2026-11", "2026-Q4", "2026") of a range of local days (yyyy-mm-dd, both
 * inclusive) when the range is exactly that month, quarter or year; null for any other range.
 * A decision taken from the candidates of a period names it only when it is one of these.
 */
export function periodKeyOfRange(from: string, to: string): string | null {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  const keys = [year, `${year}-Q${Math.ceil(month / 3)}`, `${year}-${from.slice(5, 7)}`];
  for (const key of keys) {
    const p = periodFromKey(key);
    if (p.start === from && p.end === to) return key;
  }
  return null;
}
