"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { DateField } from "@/components/ui/date-field";
import { recordDecisionAction } from "@/lib/actions/decisions/record-decision-action";
import type { TDecisionKind } from "@/lib/schemas/decisions";

export type TEvidenceChoice = { id: string; label: string };

type TProps = {
  person: { id: string; name: string; unitName: string };
  kind: TDecisionKind;
  periodKey: string | null;
  today: string;
  signals: TEvidenceChoice[];
  evaluations: TEvidenceChoice[];
  checked: { signalIds: string[]; evaluationIds: string[] };
};

const kinds: TDecisionKind[] = ["REVIEW", "COMMENDATION", "REWARD"];

/**
 * Records a review or commendation decision about one person, with the evidence ticked. The
 * values live in state, so a refused submission keeps what was typed; the server checks the
 * actor's right and every piece of evidence again.
 */
export function RecordDecisionForm(props: TProps) {
  const t = useTranslations("decisions.form");
  const tKind = useTranslations("decisions.kind");
  const router = useRouter();
  const [values, setValues] = useState({
    kind: props.kind,
    periodKey: props.periodKey ?? "",
    form: "",
    documentNumber: "",
    documentDate: props.today,
    reason: "",
    signalIds: props.checked.signalIds,
    evaluationIds: props.checked.evaluationIds,
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const form = useSchemaForm(
    () => import("@/lib/schemas/decisions").then((m) => m.ZRecordDecision),
    recordDecisionAction,
    () => router.push(`/decisions?person=${props.person.id}&recorded=1`),
  );
  const { errors } = form;
  const payload = {
    kind: values.kind,
    userId: props.person.id,
    periodKey: values.periodKey.trim() === "" ? null : values.periodKey.trim(),
    form: values.form,
    documentNumber: values.documentNumber,
    documentDate: values.documentDate,
    reason: values.reason,
    evidence: { signalIds: values.signalIds, eventIds: [], evaluationIds: values.evaluationIds },
  };
  const toggle = (list: "signalIds" | "evaluationIds", id: string, on: boolean) =>
    set(list, on ? [...values[list], id] : values[list].filter((x) => x !== id));
  const evidenceList = (list: "signalIds" | "evaluationIds", choices: TEvidenceChoice[]) => {
    const errorId = `f-evidence.${list}-error`;
    const error = errors[`evidence.${list}`]?.[0];
    return (
      <fieldset aria-describedby={error ? errorId : undefined} data-testid={`decision-${list}`}>
        <legend className="text-sm font-medium">{t(list)}</legend>
        {choices.length === 0 ? (
          <p className="mt-1 text-sm text-slate-500">{t(`${list}Empty`)}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {choices.map((c) => (
              <li key={c.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={values[list].includes(c.id)}
                    onChange={(e) => toggle(list, c.id, e.target.checked)}
                  />
                  <span>{c.label}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {error && (
          <p id={errorId} className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </fieldset>
    );
  };
  return (
    <FormFrame form={form} onSubmit={() => form.submit(payload)}>
      <p className="text-sm" data-testid="decision-person">
        {t("person", { name: props.person.name, unit: props.person.unitName })}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="kind" label={t("kind")} errors={errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.kind}
              onChange={(e) => set("kind", e.target.value as TDecisionKind)}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {tKind(k)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="periodKey" label={t("period")} errors={errors} hint={t("periodHint")}>
          {(p) => (
            <input
              {...p}
              className={inputClass}
              value={values.periodKey}
              onChange={(e) => set("periodKey", e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field name="form" label={t("formField")} errors={errors} hint={t(`formHint.${values.kind}`)} required>
        {(p) => (
          <input {...p} className={inputClass} value={values.form} onChange={(e) => set("form", e.target.value)} />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="documentNumber" label={t("documentNumber")} errors={errors} required>
          {(p) => (
            <input
              {...p}
              className={inputClass}
              value={values.documentNumber}
              onChange={(e) => set("documentNumber", e.target.value)}
            />
          )}
        </Field>
        <Field name="documentDate" label={t("documentDate")} errors={errors} required>
          {(p) => (
            <DateField
              {...p}
              className={inputClass}
              value={values.documentDate}
              onChange={(value) => set("documentDate", value)}
            />
          )}
        </Field>
      </div>
      <Field name="reason" label={t("reason")} errors={errors} required>
        {(p) => (
          <textarea
            {...p}
            rows={4}
            className={inputClass}
            value={values.reason}
            onChange={(e) => set("reason", e.target.value)}
          />
        )}
      </Field>
      {evidenceList("signalIds", props.signals)}
      {evidenceList("evaluationIds", props.evaluations)}
      <SubmitRow pending={form.pending} label={t("submit")} pendingLabel={t("submitting")} />
    </FormFrame>
  );
}
