import { useTranslations } from "next-intl";
import { weekdayLabel } from "@/components/calendar/weekday-label";
import { dayOfWeek, isLocalDate } from "@/lib/domain/calendar";
import { formatLocalDate } from "@/lib/domain/format";

/**
 * "Thứ Hai, 23/11/2026" under a date field: the weekday tells at a glance a deadline on a weekend or a mistyped day.
 * In Vietnamese only; a component words it in the reader's language with useDateHint.
 */
export function dateHint(date: string): string | undefined {
  return isLocalDate(date) ? `${weekdayLabel(date)}, ${formatLocalDate(date)}` : undefined;
}

/** dateHint in the reader's language ("Monday, 23/11/2026"), for client and server components. */
export function useDateHint(): (date: string) => string | undefined {
  const t = useTranslations("taskForm");
  return (date) =>
    isLocalDate(date)
      ? t("dateHint", { weekday: t(`weekday.${dayOfWeek(date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`), date: formatLocalDate(date) })
      : undefined;
}
