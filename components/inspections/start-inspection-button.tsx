"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { secondaryButtonClass } from "@/components/task-form/form-field";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { startInspectionAction } from "@/lib/actions/inspections/start-inspection-action";

export function StartInspectionButton({ inspectionId }: { inspectionId: string }) {
  const t = useTranslations("inspections.forms");
  return (
    <RefreshingActionButton
      run={() => startInspectionAction({ inspectionId })}
      label={t("start")}
      pendingLabel={t("starting")}
      className={secondaryButtonClass}
      confirm={t("confirmStart")}
    />
  );
}
