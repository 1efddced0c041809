"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markNotificationReadAction } from "@/lib/actions/notifications/mark-notification-read-action";

/** Marks one notification read without opening it. */
export function MarkNotificationReadButton({ notificationId }: { notificationId: string }) {
  const t = useTranslations("ui");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onClick() {
    startTransition(async () => {
      const result = await markNotificationReadAction({ notificationId });
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }
  return (
    <>
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? t("marking") : t("markRead")}
      </button>
      {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
    </>
  );
}
