import { useTranslations } from "@/components/i18n/use-translations";
import { dayOfWeek } from "@/lib/domain/calendar/day-of-week";
import { isLocalDate } from "@/lib/domain/calendar/is-local-date";
import { formatLocalDate } from "@/lib/domain/format/format-local-date";

/**
 * "Thứ Hai, 23/11/2026" ("Monday, 23/11/2026") under a date field, in the reader's language: the
 * weekday tells at a glance a deadline on a weekend or a mistyped day. For client and server
 * components.
 */
export function useDateHint(): (date: string) => string | undefined {
  const t = useTranslations("ui");
  return (date) =>
    isLocalDate(date)
      ? t("dateHint", {
          weekday: t(`weekday.${dayOfWeek(date) as 0 | 1 | 2 | 3 | 4 | 5 | 6}`),
          date: formatLocalDate(date),
        })
      : undefined;
}
