"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction } from "@/lib/actions/notifications/mark-all-notifications-read-action";

/** Marks every notification read up to now (the server's now, not the page's). */
export function MarkAllNotificationsReadButton() {
  const t = useTranslations("ui");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onClick() {
    startTransition(async () => {
      const result = await markAllNotificationsReadAction({});
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }
  return (
    <div>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-md border border-brand-700 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
      >
        {pending ? t("marking") : t("markAllRead")}
      </button>
      {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
    </div>
  );
}
