"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/**
 * A button that runs one server action, shows `pendingLabel` while it runs, then refreshes the
 * page on success or shows the action's message under the button on failure. With `confirm`,
 * the browser asks first and nothing runs unless the person agrees.
 */
export function RefreshingActionButton({
  run,
  label,
  pendingLabel,
  className,
  confirm,
}: {
  run: () => Promise<{ ok: true } | { ok: false; message: string }>;
  label: string;
  pendingLabel: string;
  className: string;
  confirm?: string;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onClick() {
    if (confirm !== undefined && !window.confirm(confirm)) return;
    startTransition(async () => {
      const result = await run();
      if (!result.ok) setError(result.message);
      else router.refresh();
    });
  }
  return (
    <>
      <button type="button" onClick={onClick} disabled={pending} className={className}>
        {pending ? pendingLabel : label}
      </button>
      {error && <p className="mt-1 text-xs text-red-700">{error}</p>}
    </>
  );
}
