"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";

type TAnnounce = (message: string) => void;

const ActionStatusContext = createContext<TAnnounce | null>(null);

/** The nearest confirmation area, for a form that has just succeeded; null outside any. */
export function useAnnounce(): TAnnounce | null {
  return useContext(ActionStatusContext);
}

/**
 * A confirmation area for the forms inside it: a polite live region that is in the page before
 * any message is put in it (screen readers ignore regions that appear with their text). On
 * success the form that was used closes or is re-rendered by the refresh, which would drop the
 * keyboard focus to <body>: the focus moves to the confirmation instead, where reading resumes.
 * The nearest area wins, so a step's actions confirm on the step and the rest at the page top.
 */
export function ActionStatus({
  children,
  placement = "after",
  className = "",
  testId = "action-status",
}: {
  children?: React.ReactNode;
  placement?: "before" | "after";
  className?: string;
  testId?: string;
}) {
  const [announcement, setAnnouncement] = useState<{ id: number; message: string } | null>(null);
  const region = useRef<HTMLParagraphElement>(null);
  const pathname = usePathname();
  const announce = useCallback((message: string) => setAnnouncement((a) => ({ id: (a?.id ?? 0) + 1, message })), []);

  // A confirmation belongs to the page it was given on.
  useEffect(() => setAnnouncement(null), [pathname]);
  useEffect(() => {
    if (announcement) region.current?.focus();
  }, [announcement]);

  return (
    <ActionStatusContext.Provider value={announce}>
      {placement === "after" && children}
      <p
        ref={region}
        role="status"
        aria-live="polite"
        tabIndex={-1}
        data-testid={testId}
        className={
          announcement
            ? `mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900 outline-none focus-visible:ring-2 focus-visible:ring-emerald-600 ${className}`
            : "sr-only"
        }
      >
        {/* A new node for each message, so the same message given twice is announced twice. */}
        {announcement && <span key={announcement.id}>{announcement.message}</span>}
      </p>
      {placement === "before" && children}
    </ActionStatusContext.Provider>
  );
}
