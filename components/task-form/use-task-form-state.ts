"use client";

import { useState } from "react";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { suggestStepOwner } from "@/lib/domain/templates/suggest-step-owner";
import type { TCreateTaskInput } from "@/lib/schemas/task";
import type { TPersonOption, TTaskFormOptions, TTemplateOption } from "./task-form-options";

export type TTaskFormValues = Omit<TCreateTaskInput, "directiveId" | "parentTaskId"> & {
  coordinatingUnitIds: string[];
  steps: { ownerId: string; deadline: string }[];
};

/**
 * The task form's values and the rules that keep them coherent while the head edits: the
 * people offered are those of the lead unit's tree; changing the lead unit keeps the owners
 * still in it and suggests others; changing the template lays its steps out again.
 */
export function useTaskFormState(options: TTaskFormOptions) {
  const unitPath = (id: string) => options.leadUnits.find((u) => u.id === id)?.path ?? null;
  const candidatesFor = (leadUnitId: string): TPersonOption[] => {
    const path = unitPath(leadUnitId);
    return path ? options.people.filter((p) => p.unitPath.startsWith(path)) : [];
  };
  const templatesFor = (leadUnitId: string): TTemplateOption[] => {
    const path = unitPath(leadUnitId);
    return path ? options.templates.filter((t) => isTemplateUsableFor(t.unitPath, path)) : [];
  };
  const layoutSteps = (template: TTemplateOption | undefined, leadUnitId: string, keep: { ownerId: string }[] = []) => {
    const candidates = candidatesFor(leadUnitId);
    return (template?.steps ?? []).map((s, i) => {
      const kept = keep[i]?.ownerId;
      const ownerId =
        kept && candidates.some((c) => c.id === kept) ? kept : (suggestStepOwner(s.kind, candidates, leadUnitId) ?? "");
      return { ownerId, deadline: template?.layout[i] ?? options.today };
    });
  };

  const [values, setValues] = useState<TTaskFormValues>(() => {
    const leadUnitId = options.parent ? "" : (options.leadUnits[0]?.id ?? "");
    const template = templatesFor(leadUnitId)[0];
    const steps = layoutSteps(template, leadUnitId);
    const lastStep = steps.at(-1)?.deadline ?? options.today;
    return {
      title: "",
      point: "",
      description: "",
      expectedResult: "",
      priority: "NORMAL",
      deadline: options.parent && options.parent.deadline >= lastStep ? options.parent.deadline : lastStep,
      leadUnitId,
      coordinatingUnitIds: [],
      templateId: template?.id ?? "",
      steps,
    };
  });

  const set = <K extends keyof TTaskFormValues>(key: K, value: TTaskFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const template = options.templates.find((t) => t.id === values.templateId);

  function changeLeadUnit(leadUnitId: string) {
    setValues((v) => {
      const usable = templatesFor(leadUnitId);
      const keepTemplate = usable.find((t) => t.id === v.templateId);
      const next = keepTemplate ?? usable[0];
      const steps = keepTemplate
        ? layoutSteps(next, leadUnitId, v.steps).map((s, i) => ({ ...s, deadline: v.steps[i]?.deadline ?? s.deadline }))
        : layoutSteps(next, leadUnitId);
      return {
        ...v,
        leadUnitId,
        templateId: next?.id ?? "",
        steps,
        coordinatingUnitIds: v.coordinatingUnitIds.filter((id) => id !== leadUnitId),
      };
    });
  }

  function changeTemplate(templateId: string) {
    setValues((v) => ({
      ...v,
      templateId,
      steps: layoutSteps(
        options.templates.find((t) => t.id === templateId),
        v.leadUnitId,
        v.steps,
      ),
    }));
  }

  function changeStep(index: number, patch: Partial<{ ownerId: string; deadline: string }>) {
    setValues((v) => ({ ...v, steps: v.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)) }));
  }

  /** Back to the template's default deadlines, keeping the chosen owners. */
  function resetStepDeadlines() {
    setValues((v) => ({ ...v, steps: v.steps.map((s, i) => ({ ...s, deadline: template?.layout[i] ?? s.deadline })) }));
  }

  return {
    values,
    set,
    template,
    candidates: candidatesFor(values.leadUnitId),
    templates: templatesFor(values.leadUnitId),
    changeLeadUnit,
    changeTemplate,
    changeStep,
    resetStepDeadlines,
  };
}
