"use client";

import Link from "next/link";
import { useTranslations } from "@/components/i18n/use-translations";
import { useRouter } from "next/navigation";
import { createTaskAction } from "@/lib/actions/tasks/create-task-action";
import { checkTaskDeadlines } from "@/lib/domain/templates/check-task-deadlines";
import { wordMessage } from "@/lib/i18n/message";
import { CoordinatorPicker } from "./coordinator-picker";
import { Field, FormAlert, inputClass, primaryButtonClass } from "./form-field";
import { StepAssignmentFields } from "./step-assignment-fields";
import { TaskDetailsFields } from "./task-details-fields";
import { indentedUnitName, type TTaskFormOptions } from "./task-form-options";
import { useSchemaForm } from "./use-schema-form";
import { useTaskFormState } from "./use-task-form-state";

/**
 * Assigning a task (or a sub-task) under a directive. Every value lives in state, so a
 * refused submission keeps everything typed; the server checks everything again.
 */
export function TaskForm({
  options,
  cancelHref,
  stepKindLabels,
}: {
  options: TTaskFormOptions;
  cancelHref: string;
  stepKindLabels: Record<string, string>;
}) {
  const t = useTranslations("taskForm");
  const tRoot = useTranslations();
  const router = useRouter();
  const state = useTaskFormState(options);
  const { values } = state;
  const deadlineCheck = (v: typeof values) =>
    checkTaskDeadlines({
      today: options.today,
      deadline: v.deadline,
      stepDeadlines: v.steps.map((s) => s.deadline),
      parentDeadline: options.parent?.deadline,
    });
  const form = useSchemaForm(
    () => import("@/lib/schemas/task").then((m) => m.ZCreateTask),
    createTaskAction,
    (data) => router.push(`/tasks/${data.id}`),
    () =>
      Object.fromEntries(
        Object.entries(deadlineCheck(values).fieldErrors).map(([field, list]) => [
          field,
          list.map((m) => wordMessage(tRoot, m)),
        ]),
      ),
  );
  const payload = {
    ...values,
    directiveId: options.directive.id,
    ...(options.parent ? { parentTaskId: options.parent.id } : {}),
  };
  const warnings = deadlineCheck(values).warnings.map((m) => wordMessage(tRoot, m));

  return (
    <form
      ref={form.formRef}
      noValidate
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        form.submit(payload);
      }}
    >
      <FormAlert message={form.message} />
      <TaskDetailsFields values={values} errors={form.errors} today={options.today} set={state.set} />

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("unitsLegend")}</legend>
        <Field
          name="leadUnitId"
          label={t("leadUnit")}
          errors={form.errors}
          required
          hint={options.parent ? t("leadUnitHint", { unit: options.parent.leadUnitName }) : undefined}
        >
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.leadUnitId}
              onChange={(e) => state.changeLeadUnit(e.target.value)}
            >
              <option value="">{t("chooseLeadUnit")}</option>
              {options.leadUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {indentedUnitName(u)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <CoordinatorPicker
          units={options.units}
          selected={values.coordinatingUnitIds}
          leadUnitId={values.leadUnitId}
          errors={form.errors}
          onChange={(ids) => state.set("coordinatingUnitIds", ids)}
        />
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("processLegend")}</legend>
        <Field name="templateId" label={t("template")} errors={form.errors} required>
          {(p) => (
            <select
              {...p}
              className={inputClass}
              value={values.templateId}
              onChange={(e) => state.changeTemplate(e.target.value)}
            >
              <option value="">{t("chooseTemplate")}</option>
              {state.templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.unitName
                    ? t("templateOptionOfUnit", { name: tpl.name, count: tpl.steps.length, unit: tpl.unitName })
                    : t("templateOption", { name: tpl.name, count: tpl.steps.length })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <StepAssignmentFields
          template={state.template}
          kindLabels={stepKindLabels}
          steps={values.steps}
          candidates={state.candidates}
          units={options.units}
          today={options.today}
          errors={form.errors}
          onChange={state.changeStep}
          onResetDeadlines={state.resetStepDeadlines}
        />
      </fieldset>

      <div aria-live="polite">
        {warnings.length > 0 && (
          <div
            data-testid="deadline-warning"
            className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {warnings.map((w) => (
              <p key={w}>{w}</p>
            ))}
          </div>
        )}
      </div>
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={form.pending}>
          {form.pending ? t("assigning") : t("assign")}
        </button>
        <Link href={cancelHref} className="text-sm text-brand-700 hover:underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
