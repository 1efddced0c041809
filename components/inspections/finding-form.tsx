"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { addFindingAction } from "@/lib/actions/inspections/add-finding-action";

const severities = ["MINOR", "MODERATE", "SERIOUS"] as const;
export const evidenceGroups = ["task", "step", "signal", "event", "user"] as const;
type TEvidenceKind = (typeof evidenceGroups)[number];
export type TEvidenceOptions = Record<TEvidenceKind, Array<{ id: string; label: string }>>;

/**
 * The team records a finding: severity, description, and the evidence it rests on, picked from
 * the inspected unit's tasks, steps, signals, events and people as its head reads them (the page passes
 * them worded; addFinding refuses anything outside that scope all the same).
 */
export function FindingForm({ inspectionId, evidence }: { inspectionId: string; evidence: TEvidenceOptions }) {
  const t = useTranslations("inspections");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<Array<{ kind: TEvidenceKind; id: string }>>([]);
  const isPicked = (kind: TEvidenceKind, id: string) => picked.some((l) => l.kind === kind && l.id === id);
  const toggle = (kind: TEvidenceKind, id: string, on: boolean) =>
    setPicked((all) => (on ? [...all, { kind, id }] : all.filter((l) => !(l.kind === kind && l.id === id))));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = e.currentTarget;
    startTransition(async () => {
      const result = await addFindingAction({
        inspectionId,
        severity: form.get("severity"),
        description: form.get("description"),
        links: picked,
      });
      if (!result.ok)
        setError(result.fieldErrors?.description?.[0] ?? result.fieldErrors?.links?.[0] ?? result.message);
      else {
        setError(null);
        setPicked([]);
        target.reset();
        router.refresh();
      }
    });
  }
  return (
    <form onSubmit={onSubmit} className="mt-3 space-y-2 text-sm" aria-label={t("forms.addFinding")}>
      <label className="block">
        <span className="font-medium">{t("col.severity")}</span>
        <select
          name="severity"
          className="mt-1 block rounded-md border border-slate-300 px-2 py-1"
          defaultValue="MODERATE"
        >
          {severities.map((s) => (
            <option key={s} value={s}>
              {t(`severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block">
        <span className="font-medium">{t("col.finding")}</span>
        <textarea
          name="description"
          rows={3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "finding-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <fieldset data-testid="finding-evidence">
        <legend className="font-medium">{t("evidence.legend", { count: picked.length })}</legend>
        <p className="text-xs text-slate-500">{t("evidence.hint")}</p>
        {evidenceGroups.map((kind) => (
          <details key={kind} className="mt-2 rounded-md border border-slate-200 bg-white">
            <summary className="cursor-pointer px-2 py-1">
              {t(`evidence.group.${kind}`)} ({picked.filter((l) => l.kind === kind).length}/{evidence[kind].length})
            </summary>
            {evidence[kind].length === 0 ? (
              <p className="px-2 py-1 text-slate-500">{t("evidence.none")}</p>
            ) : (
              <ul className="max-h-56 space-y-1 overflow-auto px-2 py-1">
                {evidence[kind].map((o) => (
                  <li key={o.id}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        className="mt-0.5"
                        checked={isPicked(kind, o.id)}
                        onChange={(e) => toggle(kind, o.id, e.target.checked)}
                      />
                      <span>{o.label}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </details>
        ))}
      </fieldset>
      {error && (
        <p id="finding-error" className="text-red-700">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
        {pending ? t("forms.saving") : t("forms.addFinding")}
      </button>
    </form>
  );
}
