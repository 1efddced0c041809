"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Field, FieldError, inputClass, secondaryButtonClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { saveChecklistAction } from "@/lib/actions/inspections/save-checklist-action";

type TItem = { key: string; id?: string; text: string; citation: string };
export type TChecklistDraft = {
  id: string | null;
  title: string;
  description: string;
  items: Array<{ id: string; text: string; citation: string }>;
};

let nextKey = 0;
const newItem = (): TItem => ({ key: `new-${nextKey++}`, text: "", citation: "" });

/**
 * Edits one checklist (or writes a new one): its title, description and items in order, each an
 * obligation with its citation. An item removed here is archived by saveChecklist, never
 * deleted, so that past answers keep it. Moving an item is by buttons, so the keyboard can.
 */
export function ChecklistEditor({ checklist }: { checklist: TChecklistDraft }) {
  const t = useTranslations("inspections.checklists");
  const router = useRouter();
  const [title, setTitle] = useState(checklist.title);
  const [description, setDescription] = useState(checklist.description);
  const [items, setItems] = useState<TItem[]>(
    checklist.items.length > 0 ? checklist.items.map((i) => ({ ...i, key: i.id })) : [newItem()],
  );
  // Saved, the editor closes onto the list: reopening it reads the items again with the ids the
  // save gave them, so a second save edits them instead of adding them twice.
  const form = useSchemaForm(
    () => import("@/lib/schemas/checklist").then((m) => m.ZSaveChecklistForm),
    saveChecklistAction,
    (data) => router.push(`/inspections/checklists?saved=${data.id}`),
  );
  const { errors } = form;
  const setItem = (index: number, patch: Partial<TItem>) =>
    setItems((all) => all.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) =>
    setItems((all) => {
      const next = [...all];
      [next[index], next[index + by]] = [next[index + by]!, next[index]!];
      return next;
    });
  const payload = {
    checklistId: checklist.id,
    title,
    description,
    items: items.map(({ id, text, citation }) => (id ? { id, text, citation } : { text, citation })),
  };
  return (
    <FormFrame form={form} onSubmit={() => form.submit(payload)}>
      <Field name="title" label={t("titleLabel")} errors={errors} required>
        {(p) => <input {...p} className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field name="description" label={t("description")} errors={errors}>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            className={inputClass}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">{t("items")}</legend>
        <FieldError id="f-items-error" message={errors.items?.[0]} />
        <ol className="mt-2 space-y-3">
          {items.map((item, index) => (
            <li key={item.key} className="rounded-md border border-slate-200 p-3" data-testid="checklist-item">
              <Field name={`items.${index}.text`} label={t("itemText", { order: index + 1 })} errors={errors} required>
                {(p) => (
                  <textarea
                    {...p}
                    rows={2}
                    className={inputClass}
                    value={item.text}
                    onChange={(e) => setItem(index, { text: e.target.value })}
                  />
                )}
              </Field>
              <Field
                name={`items.${index}.citation`}
                label={t("citation", { order: index + 1 })}
                hint={t("citationHint")}
                errors={errors}
                required
              >
                {(p) => (
                  <input
                    {...p}
                    className={inputClass}
                    value={item.citation}
                    onChange={(e) => setItem(index, { citation: e.target.value })}
                  />
                )}
              </Field>
              <div className="mt-2 flex flex-wrap gap-2">
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  {t("moveUp", { order: index + 1 })}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  {t("moveDown", { order: index + 1 })}
                </button>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={items.length === 1}
                  onClick={() => setItems((all) => all.filter((_, i) => i !== index))}
                >
                  {t("remove", { order: index + 1 })}
                </button>
              </div>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className={`${secondaryButtonClass} mt-3`}
          onClick={() => setItems((all) => [...all, newItem()])}
        >
          {t("addItem")}
        </button>
      </fieldset>
      {checklist.id && <p className="text-xs text-slate-500">{t("archiveNote")}</p>}
      <SubmitRow pending={form.pending} label={checklist.id ? t("save") : t("create")} pendingLabel={t("saving")} />
    </FormFrame>
  );
}
