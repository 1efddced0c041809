"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useState } from "react";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import { FieldError, fieldId, inputClass, type TFieldErrors } from "./form-field";
import type { TUnitOption } from "./task-form-options";

type TProps = {
  units: TUnitOption[];
  selected: string[];
  leadUnitId: string;
  errors: TFieldErrors;
  onChange: (ids: string[]) => void;
};

/**
 * Coordinating units as checkboxes (keyboard and screen-reader friendly, unlike a multiple
 * select), with a filter that ignores diacritics; chosen units stay listed whatever the filter.
 */
export function CoordinatorPicker({ units, selected, leadUnitId, errors, onChange }: TProps) {
  const t = useTranslations("taskForm");
  const [filter, setFilter] = useState("");
  const needle = normalizeSearchText(filter);
  const shown = units.filter((u) => selected.includes(u.id) || !needle || normalizeSearchText(u.name).includes(needle));
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  const id = fieldId("coordinatingUnitIds");
  const error = errors.coordinatingUnitIds?.[0];
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium">
        {t("coordinatingUnits")}{" "}
        <span className="font-normal text-slate-500">{t("selectedCount", { count: selected.length })}</span>
      </legend>
      <label htmlFor={`${id}-filter`} className="sr-only">
        {t("filterLabel")}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        placeholder={t("filterPlaceholder")}
        className={inputClass}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul
        className="max-h-56 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 text-sm"
        aria-invalid={error ? true : undefined}
      >
        {shown.map((u) => (
          <li key={u.id} style={{ paddingLeft: `${u.depth * 1}rem` }}>
            <label className="flex items-center gap-2 py-0.5">
              <input
                type="checkbox"
                checked={selected.includes(u.id)}
                disabled={u.id === leadUnitId}
                onChange={(e) => toggle(u.id, e.target.checked)}
              />
              <span className={u.id === leadUnitId ? "text-slate-400" : undefined}>
                {u.name}
                {u.id === leadUnitId ? t("leadMark") : ""}
              </span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="text-slate-500">{t("noUnitMatches", { filter })}</li>}
      </ul>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
