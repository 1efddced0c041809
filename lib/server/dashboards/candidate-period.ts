import "server-only";
import { localDateOf, startOfLocalDay } from "@/lib/domain/calendar";
import type { TPeriod } from "@/lib/domain/rollups";

/**
 * Review and commendation are judged over a period; with none chosen on screen, over the
 * current calendar year (01/01 to 31/12 in Hà Nội).
 */
export function candidatePeriod(
  period: TPeriod | null | undefined,
  now: Date,
): { period: TPeriod; isDefault: boolean } {
  if (period) return { period, isDefault: false };
  const year = Number(localDateOf(now).slice(0, 4));
  return {
    period: { from: startOfLocalDay(`${year}-01-01`), to: startOfLocalDay(`${year + 1}-01-01`) },
    isDefault: true,
  };
}
