"use client";

import { useState } from "react";
import type { TStepAction } from "@/lib/domain/workflow/step-action";
import type { TStepActionHint } from "@/lib/domain/workflow/step-action-hints";
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
  hints: TStepActionHint[];
  people: TOption[];
  units: TOption[];
  consultPeople: TOption[];
  pendingExtension: TPendingExtension | null;
  today: string;
};

const PANELS: { action: TStepAction; label: string }[] = [
  { action: "progress", label: "Cập nhật tiến độ" },
  { action: "complete", label: "Hoàn thành" },
  { action: "consult", label: "Xin ý kiến" },
  { action: "request-extension", label: "Xin gia hạn" },
  { action: "return", label: "Trả lại (không thuộc thẩm quyền)" },
  { action: "reassign", label: "Giao lại" },
  { action: "escalate", label: "Báo cáo vượt cấp" },
];

/** What the confirmation says after each action succeeds. */
const DONE: Record<Exclude<TStepAction, "rule" | "decide-extension">, string> = {
  start: "Đã bắt đầu xử lý khâu.",
  progress: "Đã ghi tiến độ vào lịch sử xử lý.",
  complete: "Đã hoàn thành khâu.",
  consult: "Đã gửi xin ý kiến.",
  "request-extension": "Đã gửi đề nghị gia hạn, chờ lãnh đạo quyết định.",
  return: "Đã trả lại khâu cho lãnh đạo.",
  reassign: "Đã giao lại khâu.",
  escalate: "Đã báo cáo cấp trên.",
};

/** The actions this person may take on this step, decided on the server and re-checked by every action. */
export function StepActions({ step, allowed, hints, people, units, consultPeople, pendingExtension, today }: TProps) {
  const [open, setOpen] = useState<TStepAction | null>(null);
  const hidden = { stepId: step.id, expectedVersion: step.version };
  const close = () => setOpen(null);
  const panels = PANELS.filter((p) => allowed.includes(p.action));
  if (!allowed.length && !hints.length) return null;
  return (
    <div className="mt-3 border-t border-slate-100 pt-3" data-testid={`step-actions-${step.id}`}>
      {hints.map((h) => (
        <p key={h.action} className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid={`hint-${h.action}`}>{h.message}</p>
      ))}
      <div className="flex flex-wrap gap-2">
        {allowed.includes("start") && (
          <ActionForm action={startStepAction} hidden={hidden} submitLabel="Bắt đầu xử lý" pendingLabel="Đang bắt đầu…" successMessage={DONE.start} />
        )}
        {panels.map((p) => (
          <button key={p.action} type="button" aria-expanded={open === p.action} onClick={() => setOpen(open === p.action ? null : p.action)}
            className={`rounded-md border px-3 py-1.5 text-sm ${open === p.action ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white hover:bg-slate-100"}`}>
            {p.label}
          </button>
        ))}
      </div>
      {allowed.includes("rule") || (allowed.includes("decide-extension") && pendingExtension) ? (
        <HeadRulings hidden={hidden} canRule={allowed.includes("rule")} pendingExtension={allowed.includes("decide-extension") ? pendingExtension : null} people={people} />
      ) : null}
      <div className="mt-3 max-w-xl">
        {open === "progress" && (
          <ActionForm action={recordProgressAction} hidden={hidden} successMessage={DONE["progress"]} submitLabel="Ghi tiến độ" onDone={close}>
            <TextAreaField name="note" label="Nội dung tiến độ" />
          </ActionForm>
        )}
        {open === "complete" && (
          <ActionForm action={completeStepAction} hidden={hidden} successMessage={DONE["complete"]} submitLabel="Xác nhận hoàn thành" onDone={close}>
            <TextAreaField name="result" label="Kết quả thực hiện" />
          </ActionForm>
        )}
        {open === "consult" && (
          <ActionForm action={requestConsultationAction} hidden={hidden} successMessage={DONE["consult"]} submitLabel="Gửi xin ý kiến" onDone={close}>
            <SelectField name="targetUnitId" label="Đơn vị được hỏi" options={units} required={false} placeholder="— Hỏi một đơn vị —" />
            <SelectField name="targetUserId" label="hoặc người được hỏi" options={consultPeople} required={false} placeholder="— Hỏi một người —" />
            <TextAreaField name="question" label="Nội dung xin ý kiến" />
            <DateField name="responseDeadline" label="Hạn trả lời" min={today} />
          </ActionForm>
        )}
        {open === "request-extension" && (
          <ActionForm action={requestExtensionAction} hidden={hidden} successMessage={DONE["request-extension"]} submitLabel="Gửi đề nghị gia hạn" onDone={close}>
            <DateField name="requestedDeadline" label="Đề nghị gia hạn đến ngày" min={today} />
            <TextAreaField name="reason" label="Lý do xin gia hạn" />
          </ActionForm>
        )}
        {open === "return" && (
          <ActionForm action={returnStepAction} hidden={hidden} successMessage={DONE["return"]} submitLabel="Trả lại cho lãnh đạo" tone="danger" onDone={close}>
            <TextAreaField name="reason" label="Vì sao việc này không thuộc thẩm quyền của bạn?" />
          </ActionForm>
        )}
        {open === "reassign" && (
          <ActionForm action={reassignStepAction} hidden={hidden} successMessage={DONE["reassign"]} submitLabel="Giao lại" onDone={close}>
            <SelectField name="newOwnerId" label="Người nhận khâu này" options={people} />
            <TextAreaField name="reason" label="Lý do giao lại" />
          </ActionForm>
        )}
        {open === "escalate" && (
          <ActionForm action={escalateStepAction} hidden={hidden} successMessage={DONE["escalate"]} submitLabel="Báo cáo cấp trên" tone="danger" onDone={close}>
            <TextAreaField name="reason" label="Vấn đề vượt thẩm quyền của đơn vị là gì?" />
          </ActionForm>
        )}
      </div>
    </div>
  );
}
