"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { addFindingAction } from "@/lib/actions/inspections/add-finding-action";

const severities = ["MINOR", "MODERATE", "SERIOUS"] as const;

/** The team records a finding: severity and description (evidence links are added over the API for now). */
export function FindingForm({ inspectionId }: { inspectionId: string }) {
  const t = useTranslations("inspections");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const target = e.currentTarget;
    startTransition(async () => {
      const result = await addFindingAction({
        inspectionId,
        severity: form.get("severity"),
        description: form.get("description"),
        links: [],
      });
      if (!result.ok) setError(result.fieldErrors?.description?.[0] ?? result.message);
      else {
        setError(null);
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
