"use client";

import { useTranslations } from "@/components/i18n/use-translations";
import { useState } from "react";
import type { TStepAction } from "@/lib/domain/workflow/step-action";
import { completeStepAction } from "@/lib/actions/steps/complete-step-action";
import { escalateStepAction } from "@/lib/actions/steps/escalate-step-action";
import { reassignStepAction } from "@/lib/actions/steps/reassign-step-action";
import { recordProgressAction } from "@/lib/actions/steps/record-progress-action";
import { requestExtensionAction } from "@/lib/actions/steps/request-extension-action";
import { returnStepAction } from "@/lib/actions/steps/return-step-action";
import { startStepAction } from "@/lib/actions/steps/start-step-action";
import { requestConsultationAction } from "@/lib/actions/consultations/request-consultation-action";
import { ActionForm } from "./action-form";
import { DateField, SelectField, TextAreaField } from "./form-fields";
import { HeadRulings, type TPendingExtension } from "./head-rulings";

export type TOption = { value: string; label: string };

type TProps = {
  step: { id: string; version: number; status: string };
  allowed: TStepAction[];
  /** Why an expected action is missing, worded on the server (stepActionHints). */
  hints: { action: TStepAction; message: string }[];
  people: TOption[];
  units: TOption[];
  consultPeople: TOption[];
  pendingExtension: TPendingExtension | null;
  today: string;
};

/** The actions opened in a panel, in the order of their buttons (labels: stepActions.panels). */
const PANELS = ["progress", "complete", "consult", "request-extension", "return", "reassign", "escalate"] as const;

/** The actions this person may take on this step, decided on the server and re-checked by every action. */
export function StepActions({ step, allowed, hints, people, units, consultPeople, pendingExtension, today }: TProps) {
  const t = useTranslations("stepActions");
  /** What the confirmation says after each action succeeds. */
  const done = (action: (typeof PANELS)[number] | "start") => t(`done.${action}`);
  const [open, setOpen] = useState<TStepAction | null>(null);
  const hidden = { stepId: step.id, expectedVersion: step.version };
  const close = () => setOpen(null);
  const panels = PANELS.filter((p) => allowed.includes(p));
  if (!allowed.length && !hints.length) return null;
  return (
    <div className="mt-3 border-t border-slate-100 pt-3" data-testid={`step-actions-${step.id}`}>
      {hints.map((h) => (
        <p
          key={h.action}
          className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid={`hint-${h.action}`}
        >
          {h.message}
        </p>
      ))}
      <div className="flex flex-wrap gap-2">
        {allowed.includes("start") && (
          <ActionForm
            action={startStepAction}
            hidden={hidden}
            submitLabel={t("start")}
            pendingLabel={t("starting")}
            successMessage={done("start")}
          />
        )}
        {panels.map((p) => (
          <button
            key={p}
            type="button"
            aria-expanded={open === p}
            onClick={() => setOpen(open === p ? null : p)}
            className={`rounded-md border px-3 py-1.5 text-sm ${open === p ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white hover:bg-slate-100"}`}
          >
            {t(`panels.${p}`)}
          </button>
        ))}
      </div>
      {allowed.includes("rule") || (allowed.includes("decide-extension") && pendingExtension) ? (
        <HeadRulings
          hidden={hidden}
          canRule={allowed.includes("rule")}
          pendingExtension={allowed.includes("decide-extension") ? pendingExtension : null}
          people={people}
        />
      ) : null}
      <div className="mt-3 max-w-xl">
        {open === "progress" && (
          <ActionForm
            action={recordProgressAction}
            hidden={hidden}
            successMessage={done("progress")}
            submitLabel={t("saveProgress")}
            onDone={close}
          >
            {(field) => <TextAreaField name={field("note")} label={t("progressNote")} />}
          </ActionForm>
        )}
        {open === "complete" && (
          <ActionForm
            action={completeStepAction}
            hidden={hidden}
            successMessage={done("complete")}
            submitLabel={t("confirmComplete")}
            onDone={close}
          >
            {(field) => <TextAreaField name={field("result")} label={t("result")} />}
          </ActionForm>
        )}
        {open === "consult" && (
          <ActionForm
            action={requestConsultationAction}
            hidden={hidden}
            successMessage={done("consult")}
            submitLabel={t("sendConsultation")}
            onDone={close}
          >
            {(field) => (
              <>
                <SelectField
                  name={field("targetUnitId")}
                  label={t("targetUnit")}
                  options={units}
                  required={false}
                  placeholder={t("targetUnitPlaceholder")}
                />
                <SelectField
                  name={field("targetUserId")}
                  label={t("targetUser")}
                  options={consultPeople}
                  required={false}
                  placeholder={t("targetUserPlaceholder")}
                />
                <TextAreaField name={field("question")} label={t("question")} />
                <DateField name={field("responseDeadline")} label={t("responseDeadline")} min={today} />
              </>
            )}
          </ActionForm>
        )}
        {open === "request-extension" && (
          <ActionForm
            action={requestExtensionAction}
            hidden={hidden}
            successMessage={done("request-extension")}
            submitLabel={t("sendExtension")}
            onDone={close}
          >
            {(field) => (
              <>
                <DateField name={field("requestedDeadline")} label={t("requestedDeadline")} min={today} />
                <TextAreaField name={field("reason")} label={t("extensionReason")} />
              </>
            )}
          </ActionForm>
        )}
        {open === "return" && (
          <ActionForm
            action={returnStepAction}
            hidden={hidden}
            successMessage={done("return")}
            submitLabel={t("sendReturn")}
            tone="danger"
            onDone={close}
          >
            {(field) => <TextAreaField name={field("reason")} label={t("returnReason")} />}
          </ActionForm>
        )}
        {open === "reassign" && (
          <ActionForm
            action={reassignStepAction}
            hidden={hidden}
            successMessage={done("reassign")}
            submitLabel={t("reassign")}
            onDone={close}
          >
            {(field) => (
              <>
                <SelectField name={field("newOwnerId")} label={t("newOwner")} options={people} />
                <TextAreaField name={field("reason")} label={t("reassignReason")} />
              </>
            )}
          </ActionForm>
        )}
        {open === "escalate" && (
          <ActionForm
            action={escalateStepAction}
            hidden={hidden}
            successMessage={done("escalate")}
            submitLabel={t("sendEscalation")}
            tone="danger"
            onDone={close}
          >
            {(field) => <TextAreaField name={field("reason")} label={t("escalationReason")} />}
          </ActionForm>
        )}
      </div>
    </div>
  );
}
