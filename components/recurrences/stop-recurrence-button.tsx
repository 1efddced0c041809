"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { secondaryButtonClass } from "@/components/task-form/form-field";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { stopRecurrenceAction } from "@/lib/actions/recurrences/stop-recurrence-action";

/** Stops a recurrence after the person confirms; the instances already created stay. */
export function StopRecurrenceButton({ recurrenceId, title }: { recurrenceId: string; title: string }) {
  const t = useTranslations("recurrences.list");
  return (
    <RefreshingActionButton
      run={() => stopRecurrenceAction({ recurrenceId })}
      label={t("stop")}
      pendingLabel={t("stopping")}
      className={secondaryButtonClass}
      confirm={t("confirmStop", { title })}
    />
  );
}
