"use client";

import Link from "next/link";
import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Field, FormAlert, inputClass, primaryButtonClass } from "@/components/task-form/form-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { createTemplateAction } from "@/lib/actions/templates/create-template-action";
import { updateTemplateAction } from "@/lib/actions/templates/update-template-action";
import { moveTemplateStep } from "@/lib/domain/templates/move-template-step";
import { TemplateStepEditor, type TStepDraft } from "./template-step-editor";

type TTemplateDraft = {
  name: string;
  description: string | null;
  steps: { name: string; kind: string; defaultDurationDays: number }[];
};

/** A new template's steps, named in the reader's language (the names are data once saved). */
const blankSteps = (t: (key: "receive" | "handle" | "approve") => string): TTemplateDraft["steps"] => [
  { name: t("receive"), kind: "RECEIVE", defaultDurationDays: 1 },
  { name: t("handle"), kind: "HANDLE", defaultDurationDays: 3 },
  { name: t("approve"), kind: "APPROVE", defaultDurationDays: 1 },
];

/**
 * Creating a template (no `templateId`) or editing one; scope (unit or sector) is decided by the server.
 * `stepKinds` are the kinds of step with their names, worded by the page.
 */
export function TemplateForm({
  templateId,
  initial,
  stepKinds,
}: {
  templateId?: string;
  initial?: TTemplateDraft;
  stepKinds: { value: string; label: string }[];
}) {
  const t = useTranslations("templates.form");
  const tDefault = useTranslations("templates.form.defaultSteps");
  const router = useRouter();
  const nextKey = useRef(0);
  const draft = (s: TTemplateDraft["steps"][number]): TStepDraft => ({
    ...s,
    key: String(nextKey.current++),
    defaultDurationDays: String(s.defaultDurationDays),
  });
  const [name, setName] = useState(initial?.name ?? "");
  const [description, setDescription] = useState(initial?.description ?? "");
  const [steps, setSteps] = useState<TStepDraft[]>(() => (initial?.steps ?? blankSteps(tDefault)).map(draft));
  const onSaved = () => {
    router.push("/templates");
    router.refresh();
  };
  const create = useSchemaForm(
    () => import("@/lib/schemas/template").then((m) => m.ZCreateTemplate),
    createTemplateAction,
    onSaved,
  );
  const update = useSchemaForm(
    () => import("@/lib/schemas/template").then((m) => m.ZUpdateTemplate),
    updateTemplateAction,
    onSaved,
  );
  const form = templateId ? update : create;
  // The number input's text becomes a JSON number here; "" stays missing, so the schema says "Nhập số ngày".
  const values = {
    name,
    description,
    steps: steps.map(({ key: _key, defaultDurationDays, ...s }) => ({
      ...s,
      defaultDurationDays: defaultDurationDays === "" ? undefined : Number(defaultDurationDays),
    })),
    ...(templateId ? { templateId } : {}),
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      className="max-w-4xl space-y-5 rounded-lg border border-slate-200 bg-white p-5"
      onSubmit={(e) => {
        e.preventDefault();
        if (templateId) update.submit(values as Parameters<typeof update.submit>[0]);
        else create.submit(values as Parameters<typeof create.submit>[0]);
      }}
    >
      <FormAlert message={form.message} />
      <Field name="name" label={t("name")} errors={form.errors} required>
        {(p) => (
          <input {...p} type="text" className={inputClass} value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <Field name="description" label={t("description")} errors={form.errors}>
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
      <TemplateStepEditor
        steps={steps}
        errors={form.errors}
        onChange={(i, patch) => setSteps((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)))}
        onMove={(i, delta) => setSteps((all) => moveTemplateStep(all, i, delta))}
        onRemove={(i) => setSteps((all) => all.filter((_, j) => j !== i))}
        onAdd={() => setSteps((all) => [...all, draft({ name: "", kind: "HANDLE", defaultDurationDays: 1 })])}
        kinds={stepKinds}
      />
      <p className="text-sm text-slate-600">
        {t("total", { days: steps.reduce((sum, s) => sum + (Number(s.defaultDurationDays) || 0), 0) })}
      </p>
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </button>
        <Link href="/templates" className="text-sm text-brand-700 hover:underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
