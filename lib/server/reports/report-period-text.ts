import "server-only";
import type { TLocalDate } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";

/** The report period in words: "Từ 01/03/2026 đến 31/03/2026", or every date when none was chosen. */
export function reportPeriodText(from: TLocalDate | null, to: TLocalDate | null): string {
  if (from && to) return `Từ ${formatLocalDate(from)} đến ${formatLocalDate(to)}`;
  if (from) return `Từ ${formatLocalDate(from)}`;
  if (to) return `Đến ${formatLocalDate(to)}`;
  return "Toàn bộ thời gian";
}
