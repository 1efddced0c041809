"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/components/i18n/use-translations";
import { Field, FormAlert, inputClass, primaryButtonClass } from "@/components/task-form/form-field";
import { useSchemaForm } from "@/components/task-form/use-schema-form";
import { createRecurrenceAction } from "@/lib/actions/recurrences/create-recurrence-action";
import type { TCreateRecurrenceInput } from "@/lib/schemas/recurrence";
import type { TRecurrenceFormOptions } from "./recurrence-form-options";
import { RecurrenceDetailsFields } from "./recurrence-details-fields";
import { RecurrenceRuleFields } from "./recurrence-rule-fields";
import { RecurrenceStepFields } from "./recurrence-step-fields";
import { useRecurrenceFormState } from "./use-recurrence-form-state";

/**
 * Setting up a recurring task: what it is, under which directive, which unit leads it, the
 * template with one owner per step, and the rule. Saving creates the instances already due.
 */
export function RecurrenceForm({
  options,
  initial,
  kindLabels,
}: {
  options: TRecurrenceFormOptions;
  initial: { templateId?: string; directiveId?: string };
  kindLabels: Record<string, string>;
}) {
  const t = useTranslations("recurrences.form");
  const router = useRouter();
  const state = useRecurrenceFormState(options, initial);
  const { values, set } = state;
  const form = useSchemaForm(
    () => import("@/lib/schemas/recurrence").then((m) => m.ZCreateRecurrence),
    createRecurrenceAction,
    (data) => router.push(`/recurrences?created=${data.created}`),
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        // An emptied number field is null here; the schema refuses it with its own message.
        form.submit(values as TCreateRecurrenceInput);
      }}
    >
      <FormAlert message={form.message} />
      <RecurrenceDetailsFields
        values={values}
        errors={form.errors}
        options={options}
        set={set}
        changeLeadUnit={state.changeLeadUnit}
      />
      <RecurrenceRuleFields
        values={values}
        errors={form.errors}
        today={options.today}
        set={set}
        changeFrequency={state.changeFrequency}
      />
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
                  {tpl.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <RecurrenceStepFields
          template={state.template}
          steps={values.steps}
          candidates={state.candidates}
          kindLabels={kindLabels}
          errors={form.errors}
          onChange={state.changeStep}
        />
      </fieldset>
      <div className="flex items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </button>
        <Link href="/recurrences" className="text-sm text-brand-700 hover:underline">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
