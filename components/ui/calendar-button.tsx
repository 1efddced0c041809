"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { lazy, Suspense, useCallback, useRef, useState } from "react";

// The calendar (react-day-picker and its date library, 23 kB gzip) loads on the first click:
// typing the date needs none of it, and no page should pay for it up front.
const DateCalendar = lazy(() => import("./date-calendar"));

/** The button at the end of a date field that opens a month calendar; the day picked comes back as yyyy-mm-dd. */
export function CalendarButton({
  value,
  min,
  max,
  onPick,
}: {
  value: string;
  min?: string;
  max?: string;
  onPick: (iso: string) => void;
}) {
  const t = useTranslations("ui");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={t("pickDate")}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="absolute right-1 top-1/2 -translate-y-1/2 rounded p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
      >
        <svg
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <rect x="3" y="5" width="18" height="16" rx="2" />
          <path d="M3 10h18M8 3v4M16 3v4" />
        </svg>
      </button>
      {open && (
        <Suspense fallback={null}>
          <DateCalendar
            value={value}
            min={min}
            max={max}
            onClose={close}
            onPick={(iso) => {
              setOpen(false);
              onPick(iso);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
