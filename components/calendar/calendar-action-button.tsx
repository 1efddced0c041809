"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { secondaryButtonClass } from "@/components/task-form/form-field";
import type { TActionResult } from "@/lib/actions/create-action";

/**
 * A button that runs one calendar action after a confirmation, then refreshes the page;
 * a refusal is shown next to it.
 */
export function CalendarActionButton<T>({
  label,
  confirmText,
  ariaLabel,
  run,
}: {
  label: string;
  confirmText: string;
  ariaLabel?: string;
  run: () => Promise<TActionResult<T>>;
}) {
  const t = useTranslations("calendarAdmin");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const onClick = () => {
    if (!window.confirm(confirmText)) return;
    startTransition(async () => {
      const result = await run();
      setMessage(result.ok ? null : result.message);
      if (result.ok) router.refresh();
    });
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={pending}
        aria-label={ariaLabel}
        onClick={onClick}
      >
        {pending ? t("saving") : label}
      </button>
      {message && (
        <span role="alert" className="text-sm text-red-700">
          {message}
        </span>
      )}
    </span>
  );
}
