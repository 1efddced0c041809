import { weekdayLabel } from "@/components/calendar/weekday-label";
import { isLocalDate } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";

/**
 * "Thứ Hai, 23/11/2026" under a date input: the browser shows the date in its own UI
 * language's format, which may not be dd/mm/yyyy, so the form always repeats it.
 */
export function dateHint(date: string): string | undefined {
  return isLocalDate(date) ? `${weekdayLabel(date)}, ${formatLocalDate(date)}` : undefined;
}
