"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { removeCalendarDayAction } from "@/lib/actions/calendar/remove-calendar-day-action";
import { formatLocalDate } from "@/lib/domain/format/format-local-date";
import { CalendarActionButton } from "./calendar-action-button";

export function RemoveCalendarDayButton({ date, name }: { date: string; name: string }) {
  const t = useTranslations("calendarAdmin.remove");
  return (
    <CalendarActionButton
      label={t("label")}
      ariaLabel={t("ariaLabel", { date: formatLocalDate(date) })}
      confirmText={t("confirm", { name, date: formatLocalDate(date) })}
      run={() => removeCalendarDayAction({ date })}
    />
  );
}
