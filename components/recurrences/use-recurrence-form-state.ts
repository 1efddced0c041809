"use client";

import { useState } from "react";
import { periodOf } from "@/lib/domain/recurrence/period-of";
import type { TRecurrenceFrequency } from "@/lib/domain/recurrence/recurrence-rule";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import type { TCreateRecurrenceInput } from "@/lib/schemas/recurrence";
import type { TRecurrenceFormOptions } from "./recurrence-form-options";

export type TRecurrenceFormValues = Required<Omit<TCreateRecurrenceInput, "steps">> & {
  steps: { ownerId: string; durationDays: number | null }[];
};

/**
 * The recurrence form's values and what keeps them coherent: the people and templates offered
 * are those of the lead unit's tree, a template lays out one owner and duration per step, and
 * changing the frequency starts from the current period of the new one.
 */
export function useRecurrenceFormState(
  options: TRecurrenceFormOptions,
  initial: { templateId?: string; directiveId?: string },
) {
  const pathOf = (id: string) => options.leadUnits.find((u) => u.id === id)?.path ?? null;
  const stepsOf = (templateId: string) =>
    (options.templates.find((t) => t.id === templateId)?.steps ?? []).map((s) => ({
      ownerId: "",
      durationDays: s.defaultDurationDays as number | null,
    }));
  const [values, setValues] = useState<TRecurrenceFormValues>(() => {
    const templateId = options.templates.some((t) => t.id === initial.templateId) ? initial.templateId! : "";
    return {
      title: "",
      description: "",
      directiveId: options.directives.some((d) => d.id === initial.directiveId) ? initial.directiveId! : "",
      leadUnitId: options.leadUnits[0]?.id ?? "",
      templateId,
      priority: "NORMAL",
      frequency: "MONTHLY",
      deadlineRule: "FIXED_DAY",
      deadlineDay: 20,
      deadlineNextMonth: false,
      deadlineOffset: 5,
      leadDays: 7,
      startsOn: periodOf("MONTHLY", options.today).key,
      steps: stepsOf(templateId),
    };
  });
  const set = <K extends keyof TRecurrenceFormValues>(key: K, value: TRecurrenceFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const path = pathOf(values.leadUnitId);
  return {
    values,
    set,
    candidates: path ? options.people.filter((p) => p.unitPath.startsWith(path)) : [],
    templates: path ? options.templates.filter((t) => isTemplateUsableFor(t.unitPath, path)) : [],
    template: options.templates.find((t) => t.id === values.templateId),
    // A new lead unit keeps the template and the owners still within its tree, and drops the others.
    changeLeadUnit: (leadUnitId: string) =>
      setValues((v) => {
        const unitPath = pathOf(leadUnitId);
        const template = options.templates.find((t) => t.id === v.templateId);
        if (!unitPath || !template || !isTemplateUsableFor(template.unitPath, unitPath))
          return { ...v, leadUnitId, templateId: "", steps: [] };
        const within = (id: string) => options.people.some((p) => p.id === id && p.unitPath.startsWith(unitPath));
        return { ...v, leadUnitId, steps: v.steps.map((s) => (within(s.ownerId) ? s : { ...s, ownerId: "" })) };
      }),
    changeTemplate: (templateId: string) => setValues((v) => ({ ...v, templateId, steps: stepsOf(templateId) })),
    changeFrequency: (frequency: TRecurrenceFrequency) =>
      setValues((v) => ({ ...v, frequency, startsOn: periodOf(frequency, options.today).key })),
    changeStep: (i: number, patch: Partial<TRecurrenceFormValues["steps"][number]>) =>
      setValues((v) => ({ ...v, steps: v.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)) })),
  };
}
