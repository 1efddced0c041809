"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications/mark-all-notifications-read-action";

/** Marks every notification read up to now (the server's now, not the page's). */
export function MarkAllNotificationsReadButton() {
  const t = useTranslations("ui");
  return (
    <div>
      <RefreshingActionButton
        run={() => markAllNotificationsReadAction({})}
        label={t("markAllRead")}
        pendingLabel={t("marking")}
        className="rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      />
    </div>
  );
}
