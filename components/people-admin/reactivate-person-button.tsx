"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { secondaryButtonClass } from "@/components/task-form/form-field";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { reactivatePersonAction } from "@/lib/actions/people-admin/reactivate-person-action";

/** Gives a deactivated person their account back (their history never left). */
export function ReactivatePersonButton({ userId }: { userId: string }) {
  const t = useTranslations("peopleAdmin");
  return (
    <RefreshingActionButton
      run={() => reactivatePersonAction({ userId })}
      label={t("reactivate")}
      pendingLabel={t("reactivating")}
      className={secondaryButtonClass}
    />
  );
}
