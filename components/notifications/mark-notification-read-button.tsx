"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { RefreshingActionButton } from "@/components/ui/refreshing-action-button";
import { markNotificationReadAction } from "@/lib/actions/notifications/mark-notification-read-action";

/** Marks one notification read without opening it. */
export function MarkNotificationReadButton({ notificationId }: { notificationId: string }) {
  const t = useTranslations("ui");
  return (
    <RefreshingActionButton
      run={() => markNotificationReadAction({ notificationId })}
      label={t("markRead")}
      pendingLabel={t("marking")}
      className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
    />
  );
}
