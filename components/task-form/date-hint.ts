import { weekdayLabel } from "@/components/calendar/weekday-label";
import { isLocalDate } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";

/** "Thứ Hai, 23/11/2026" under a date field: the weekday tells at a glance a deadline on a weekend or a mistyped day. */
export function dateHint(date: string): string | undefined {
  return isLocalDate(date) ? `${weekdayLabel(date)}, ${formatLocalDate(date)}` : undefined;
}
