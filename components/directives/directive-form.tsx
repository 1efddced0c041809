"use client";

import Link from "next/link";
import { dataText } from "@/lib/i18n/data-text";
import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert, inputClass, primaryButtonClass } from "@/components/task-form/form-field";
import { useDateHint } from "@/components/task-form/date-hint";
import { DateField } from "@/components/ui/date-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { createDirectiveAction } from "@/lib/actions/directives/create-directive-action";
import type { TCreateDirective } from "@/lib/schemas/directive";
import type { TDirectiveKind } from "./directive-kind-label";

/**
 * Registering a directive; `knownNumbers` feeds the suggestions for the directive it implements.
 * `kinds` are the kinds of directive with their names, worded by the page (the enums stay on the server).
 */
export function DirectiveForm({
  today,
  knownNumbers,
  kinds,
}: {
  today: string;
  knownNumbers: string[];
  kinds: { value: TDirectiveKind; label: string }[];
}) {
  const t = useTranslations("directives.form");
  const dateHint = useDateHint();
  const router = useRouter();
  const [values, setValues] = useState<TCreateDirective>({
    number: "",
    kind: "CONG_VAN",
    // The usual issuer, by its official name in every language.
    issuer: dataText("BHXH Việt Nam"),
    issuedOn: today,
    subject: "V/v ",
    summary: "",
    implementsNumber: "",
  });
  const set =
    <K extends keyof TCreateDirective>(key: K) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setValues((v) => ({ ...v, [key]: e.target.value }));
  const form = useSchemaForm(
    () => import("@/lib/schemas/directive").then((m) => m.ZCreateDirective),
    createDirectiveAction,
    (data) => router.push(`/directives/${data.id}`),
  );
  const { errors } = form;

  return (
    <form
      ref={form.formRef}
      noValidate
      className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit(values);
      }}
    >
      <FormAlert message={form.message} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="number" label={t("number")} errors={errors} required hint={t("numberHint")}>
          {(p) => (
            <input {...p} type="text" autoFocus className={inputClass} value={values.number} onChange={set("number")} />
          )}
        </Field>
        <Field name="kind" label={t("kind")} errors={errors} required>
          {(p) => (
            <select {...p} className={inputClass} value={values.kind} onChange={set("kind")}>
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="issuedOn" label={t("issuedOn")} errors={errors} required hint={dateHint(values.issuedOn)}>
          {(p) => (
            <DateField
              {...p}
              max={today}
              className={inputClass}
              value={values.issuedOn}
              onChange={(issuedOn) => setValues((v) => ({ ...v, issuedOn }))}
            />
          )}
        </Field>
      </div>
      <Field name="issuer" label={t("issuer")} errors={errors} required>
        {(p) => <input {...p} type="text" className={inputClass} value={values.issuer} onChange={set("issuer")} />}
      </Field>
      <Field name="subject" label={t("subject")} errors={errors} required>
        {(p) => <input {...p} type="text" className={inputClass} value={values.subject} onChange={set("subject")} />}
      </Field>
      <Field name="summary" label={t("summary")} errors={errors}>
        {(p) => <textarea {...p} rows={4} className={inputClass} value={values.summary} onChange={set("summary")} />}
      </Field>
      <Field name="implementsNumber" label={t("implementsNumber")} errors={errors} hint={t("implementsNumberHint")}>
        {(p) => (
          <>
            <input
              {...p}
              type="text"
              list="known-directives"
              className={inputClass}
              value={values.implementsNumber}
              onChange={set("implementsNumber")}
            />
            <datalist id="known-directives">
              {knownNumbers.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </button>
        <Link href="/directives" className="text-sm text-brand-700 hover:underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
