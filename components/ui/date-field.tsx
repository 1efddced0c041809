"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useEffect, useRef, useState } from "react";
import { formatLocalDate } from "@/lib/domain/format/format-local-date";
import { parseDayMonthYear } from "@/lib/domain/format/parse-day-month-year";
import { CalendarButton } from "./calendar-button";

type TProps = {
  id: string;
  /** The name the form posts, with the date as yyyy-mm-dd (a hidden input); omit it when the form posts its own state. */
  name?: string;
  /** yyyy-mm-dd (or what was typed, when it is not a date yet): the field follows it. */
  value?: string;
  /** yyyy-mm-dd: where an uncontrolled field starts, and what a form reset brings back. */
  defaultValue?: string;
  /** yyyy-mm-dd for a real day, otherwise the trimmed text (so the schema refuses it), "" when empty. */
  onChange?: (value: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  className?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

const show = (value: string | undefined) =>
  value && parseDayMonthYear(value) === value ? formatLocalDate(value) : (value ?? "");
const valueOf = (text: string) => parseDayMonthYear(text) ?? text.trim();

// Typing digits forward puts the slashes in (24 → 24/, 24/12 → 24/12/), so a numeric keypad,
// which has no "/", is enough; a slash typed over an inserted one is not doubled.
function withSlashes(next: string, previous: string): string {
  const text = next.replace(/\/{2,}/g, "/");
  if (text.length <= previous.length) return text;
  return /^\d{2}$/.test(text) || /^\d{1,2}\/\d{2}$/.test(text) ? `${text}/` : text;
}

type TProblem = { key: "dateInvalid" } | { key: "dateMin" | "dateMax"; date: string };

function problemOf(text: string, min?: string, max?: string): TProblem | null {
  if (text.trim() === "") return null;
  const date = parseDayMonthYear(text);
  if (!date) return { key: "dateInvalid" };
  if (min && date < min) return { key: "dateMin", date: formatLocalDate(min) };
  if (max && date > max) return { key: "dateMax", date: formatLocalDate(max) };
  return null;
}

/**
 * A date typed as dd/mm/yyyy whatever the browser's language: a native date input shows
 * mm/dd/yyyy in an English browser, which swaps day and month for anyone reading Vietnamese
 * dates. The form still receives yyyy-mm-dd, the value every schema and query expects.
 */
export function DateField({ id, name, value, defaultValue, onChange, min, max, required, className, ...aria }: TProps) {
  const t = useTranslations("ui");
  const [text, setText] = useState(() => show(value ?? defaultValue));
  const [touched, setTouched] = useState(false);
  const [followed, setFollowed] = useState(value);
  const input = useRef<HTMLInputElement>(null);

  // A controlled value changed from outside (recomputed deadlines, a form emptied after saving).
  if (value !== followed) {
    setFollowed(value);
    if (value !== valueOf(text)) setText(show(value));
  }

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const onReset = () => {
      setText(show(defaultValue));
      setTouched(false);
    };
    form.addEventListener("reset", onReset);
    return () => form.removeEventListener("reset", onReset);
  }, [defaultValue]);

  const problem = touched ? problemOf(text, min, max) : null;
  const describedBy =
    [aria["aria-describedby"], problem ? `${id}-date-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <>
      <div className="relative">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          required={required}
          className={`${className ?? ""} pr-9`}
          value={text}
          aria-invalid={aria["aria-invalid"] || problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const next = withSlashes(e.target.value, text);
            setText(next);
            onChange?.(valueOf(next));
          }}
          onBlur={() => {
            setTouched(true);
            const date = parseDayMonthYear(text);
            if (date) setText(formatLocalDate(date));
          }}
        />
        <CalendarButton
          value={valueOf(text)}
          min={min}
          max={max}
          onPick={(iso) => {
            setText(formatLocalDate(iso));
            setTouched(true);
            onChange?.(iso);
            input.current?.focus();
          }}
        />
      </div>
      {name && <input type="hidden" name={name} value={valueOf(text)} />}
      {problem && (
        <p id={`${id}-date-error`} className="mt-1 text-sm text-red-700">
          {problem.key === "dateInvalid" ? t(problem.key) : t(problem.key, { date: problem.date })}
        </p>
      )}
    </>
  );
}
