"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { restoreDefaultCalendarAction } from "@/lib/actions/calendar/restore-default-calendar-action";
import { CalendarActionButton } from "./calendar-action-button";

export function RestoreDefaultsButton({ year }: { year: number }) {
  const t = useTranslations("calendarAdmin.restore");
  return (
    <CalendarActionButton
      label={t("label", { year })}
      confirmText={t("confirm", { year })}
      run={() => restoreDefaultCalendarAction({ year })}
    />
  );
}
