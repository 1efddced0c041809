"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "@/components/i18n/use-translations";
import { Field, inputClass, secondaryButtonClass } from "@/components/task-form/form-field";
import { FormFrame, SubmitRow } from "@/components/task-form/form-frame";
import { indentedUnitName } from "@/components/task-form/task-form-options";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { DateField } from "@/components/ui/date-field";
import { issueConclusionAction } from "@/lib/actions/inspections/issue-conclusion-action";
import type { TConclusionFormOptions } from "./inspection-form-options";

type TRecommendationValues = {
  key: number;
  title: string;
  leadUnitId: string;
  deadline: string;
  templateId: string;
  steps: { ownerId: string; deadline: string }[];
};

const blank = (key: number): TRecommendationValues => ({
  key,
  title: "",
  leadUnitId: "",
  deadline: "",
  templateId: "",
  steps: [],
});

/**
 * Issues the conclusion: its number, its text, and the recommendations, each a task with a lead
 * unit in the inspected unit's tree, a process, one owner and one deadline per step. The values
 * live in state, so a refused submission keeps what was typed; issueConclusion checks it all again.
 */
export function ConclusionForm({ inspectionId, options }: { inspectionId: string; options: TConclusionFormOptions }) {
  const t = useTranslations("inspections.forms.conclude");
  const router = useRouter();
  const [number, setNumber] = useState("");
  const [summary, setSummary] = useState("");
  const [recs, setRecs] = useState<TRecommendationValues[]>([blank(0)]);
  const form = useSchemaForm(
    () => import("@/lib/schemas/conclusion").then((m) => m.ZIssueConclusion),
    issueConclusionAction,
    () => router.refresh(),
  );
  const { errors } = form;
  const patch = (index: number, change: Partial<TRecommendationValues>) =>
    setRecs((list) => list.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const chooseTemplate = (index: number, templateId: string) => {
    const template = options.templates.find((x) => x.id === templateId);
    const steps = template ? template.layout.map((deadline) => ({ ownerId: "", deadline })) : [];
    const last = template?.layout.reduce((a, b) => (a > b ? a : b), "") ?? "";
    patch(index, { templateId, steps, ...(recs[index]?.deadline ? {} : { deadline: last }) });
  };
  const payload = {
    inspectionId,
    number,
    summary,
    recommendations: recs.map(({ key: _key, ...r }) => r),
  };
  function submit() {
    if (window.confirm(t("confirm"))) form.submit(payload);
  }
  if (options.templates.length === 0) return <p className="text-sm text-slate-600">{t("noTemplates")}</p>;
  return (
    <FormFrame form={form} onSubmit={submit}>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <Field name="number" label={t("number")} errors={errors} required hint={t("numberHint")}>
        {(p) => <input {...p} className={inputClass} value={number} onChange={(e) => setNumber(e.target.value)} />}
      </Field>
      <Field name="summary" label={t("summary")} errors={errors} required>
        {(p) => (
          <textarea
            {...p}
            rows={4}
            className={inputClass}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
      </Field>
      {errors.recommendations?.[0] && <p className="text-sm text-red-700">{errors.recommendations[0]}</p>}
      <ol className="space-y-4">
        {recs.map((r, i) => {
          const at = `recommendations.${i}`;
          const template = options.templates.find((x) => x.id === r.templateId);
          const lead = options.leadUnits.find((u) => u.id === r.leadUnitId);
          const owners = lead ? options.people.filter((p) => p.unitPath.startsWith(lead.path)) : options.people;
          return (
            <li key={r.key}>
              <fieldset className="space-y-3 rounded-md border border-slate-200 p-3" data-testid="recommendation">
                <legend className="px-1 text-sm font-medium">{t("recommendation", { order: i + 1 })}</legend>
                <Field name={`${at}.title`} label={t("recTitle")} errors={errors} required>
                  {(p) => (
                    <input
                      {...p}
                      className={inputClass}
                      value={r.title}
                      onChange={(e) => patch(i, { title: e.target.value })}
                    />
                  )}
                </Field>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field name={`${at}.leadUnitId`} label={t("leadUnit")} errors={errors} required>
                    {(p) => (
                      <select
                        {...p}
                        className={inputClass}
                        value={r.leadUnitId}
                        onChange={(e) => patch(i, { leadUnitId: e.target.value })}
                      >
                        <option value="">{t("chooseUnit")}</option>
                        {options.leadUnits.map((u) => (
                          <option key={u.id} value={u.id}>
                            {indentedUnitName(u)}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field name={`${at}.templateId`} label={t("template")} errors={errors} required>
                    {(p) => (
                      <select
                        {...p}
                        className={inputClass}
                        value={r.templateId}
                        onChange={(e) => chooseTemplate(i, e.target.value)}
                      >
                        <option value="">{t("chooseTemplate")}</option>
                        {options.templates.map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                </div>
                <Field name={`${at}.deadline`} label={t("deadline")} errors={errors} required>
                  {(p) => (
                    <DateField
                      {...p}
                      min={options.today}
                      className={inputClass}
                      value={r.deadline}
                      onChange={(deadline) => patch(i, { deadline })}
                    />
                  )}
                </Field>
                {errors[`${at}.steps`]?.[0] && <p className="text-sm text-red-700">{errors[`${at}.steps`]?.[0]}</p>}
                {!template ? (
                  <p className="text-sm text-slate-600">{t("chooseTemplateFirst")}</p>
                ) : (
                  <ol className="space-y-3">
                    {template.steps.map((s, j) => (
                      <li key={`${template.id}-${j}`}>
                        <fieldset
                          className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_12rem]"
                          data-testid="recommendation-step"
                        >
                          <legend className="px-1 text-sm font-medium">
                            {t("step", { order: j + 1, name: s.name })}
                          </legend>
                          <Field name={`${at}.steps.${j}.ownerId`} label={t("owner")} errors={errors} required>
                            {(p) => (
                              <select
                                {...p}
                                className={inputClass}
                                value={r.steps[j]?.ownerId ?? ""}
                                onChange={(e) =>
                                  patch(i, {
                                    steps: r.steps.map((x, k) => (k === j ? { ...x, ownerId: e.target.value } : x)),
                                  })
                                }
                              >
                                <option value="">{t("chooseOwner")}</option>
                                {owners.map((c) => (
                                  <option key={c.id} value={c.id}>
                                    {c.name}
                                    {c.title ? ` — ${c.title}` : ""}
                                  </option>
                                ))}
                              </select>
                            )}
                          </Field>
                          <Field name={`${at}.steps.${j}.deadline`} label={t("stepDeadline")} errors={errors} required>
                            {(p) => (
                              <DateField
                                {...p}
                                min={options.today}
                                className={inputClass}
                                value={r.steps[j]?.deadline ?? ""}
                                onChange={(deadline) =>
                                  patch(i, { steps: r.steps.map((x, k) => (k === j ? { ...x, deadline } : x)) })
                                }
                              />
                            )}
                          </Field>
                        </fieldset>
                      </li>
                    ))}
                  </ol>
                )}
                {recs.length > 1 && (
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    onClick={() => setRecs((list) => list.filter((_, k) => k !== i))}
                  >
                    {t("removeRecommendation", { order: i + 1 })}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => setRecs((list) => [...list, blank(Math.max(...list.map((r) => r.key)) + 1)])}
      >
        {t("addRecommendation")}
      </button>
      <SubmitRow pending={form.pending} label={t("submit")} pendingLabel={t("submitting")} />
    </FormFrame>
  );
}
