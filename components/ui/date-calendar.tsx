"use client";

import { useLocale, useTranslations } from "@/components/i18n/use-translations";
import { useEffect, useRef } from "react";
import { DayPicker } from "react-day-picker";
import { enGB, vi } from "react-day-picker/locale";
import "react-day-picker/style.css";

// Loaded only when someone opens the calendar (React.lazy in DateField): the picker and its
// date library weigh 23 kB gzip, which no page should pay for a field most people type into.

const toDate = (iso: string | undefined) =>
  iso && /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)))
    : undefined;
const toIso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * A month calendar in the reader's language (weeks from Monday) under a date field: Escape or a click
 * outside closes it, a day picked goes back to the field as yyyy-mm-dd.
 */
export default function DateCalendar({
  value,
  min,
  max,
  onPick,
  onClose,
}: {
  value: string;
  min?: string;
  max?: string;
  onPick: (iso: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("ui");
  const locale = useLocale();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (!box.current?.parentElement?.contains(e.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [onClose]);

  const selected = toDate(value);
  const disabled = [...(min ? [{ before: toDate(min)! }] : []), ...(max ? [{ after: toDate(max)! }] : [])];
  return (
    <div
      ref={box}
      role="dialog"
      aria-label={t("pickDate")}
      className="absolute left-0 top-full z-30 mt-1 rounded-lg border border-slate-200 bg-white p-2 text-sm shadow-lg"
      // The app's blue instead of the picker's pure blue; smaller cells so a month fits a phone.
      style={
        {
          "--rdp-accent-color": "var(--color-brand-600)",
          "--rdp-accent-background-color": "#eff6ff",
          "--rdp-day-height": "36px",
          "--rdp-day-width": "36px",
          "--rdp-day_button-height": "34px",
          "--rdp-day_button-width": "34px",
        } as React.CSSProperties
      }
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <DayPicker
        mode="single"
        locale={locale === "en" ? enGB : vi}
        weekStartsOn={1}
        autoFocus
        selected={selected}
        defaultMonth={selected ?? toDate(min)}
        disabled={disabled}
        onSelect={(day) => day && onPick(toIso(day))}
      />
    </div>
  );
}
