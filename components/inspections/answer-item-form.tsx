"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { answerChecklistItemAction } from "@/lib/actions/inspections/answer-checklist-item-action";

const results = ["MET", "NOT_MET", "NOT_APPLICABLE"] as const;

/** One checklist item answered by the team: met, not met or not applicable, with a note. */
export function AnswerItemForm({
  inspectionId,
  itemId,
  result,
  note,
}: {
  inspectionId: string;
  itemId: string;
  result: string | null;
  note: string;
}) {
  const t = useTranslations("inspections");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(async () => {
      const r = await answerChecklistItemAction({
        inspectionId,
        itemId,
        result: form.get("result"),
        note: form.get("note"),
      });
      if (!r.ok) setError(r.message);
      else {
        setError(null);
        router.refresh();
      }
    });
  }
  return (
    <form onSubmit={onSubmit} className="mt-1 flex flex-wrap items-end gap-2" aria-label={t("forms.answer")}>
      <select
        name="result"
        aria-label={t("col.status")}
        defaultValue={result ?? "MET"}
        className="rounded-md border border-slate-300 px-2 py-1"
      >
        {results.map((r) => (
          <option key={r} value={r}>
            {t(`result.${r}`)}
          </option>
        ))}
      </select>
      <input
        name="note"
        defaultValue={note}
        aria-label={t("forms.note")}
        className="min-w-48 flex-1 rounded-md border border-slate-300 px-2 py-1"
      />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1">
        {pending ? t("forms.saving") : t("forms.save")}
      </button>
      {error && <p className="w-full text-red-700">{error}</p>}
    </form>
  );
}
