"use client";

import { decideExtensionAction } from "@/lib/actions/steps/decide-extension-action";
import { ruleOnReturnAction } from "@/lib/actions/steps/rule-on-return-action";
import { ActionForm } from "./action-form";
import { SelectField, TextAreaField } from "./form-fields";
import { useReturnReason } from "./return-reason-context";

/** laterShifts: what approving would do to the later steps (shiftLaterDeadlines), dates dd/mm/yyyy. */
export type TPendingExtension = {
  id: string;
  requestedDeadline: string;
  reason: string;
  requesterName: string;
  laterShifts: { order: number; from: string; to: string }[];
};

/** What waits for the head on a step: a "not my remit" return to rule on, an extension to decide. */
export function HeadRulings({ hidden, canRule, pendingExtension, people }: {
  hidden: { stepId: string; expectedVersion: number };
  canRule: boolean;
  pendingExtension: TPendingExtension | null;
  people: { value: string; label: string }[];
}) {
  const returnReason = useReturnReason();
  return (
    <div className="mt-3 space-y-4">
      {canRule && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="rule-on-return">
          <p className="mb-2 text-sm font-medium text-amber-900">Khâu này bị trả lại là “không thuộc thẩm quyền”. Lãnh đạo quyết định:</p>
          {returnReason && (
            <p className="mb-2 text-sm text-amber-900" data-testid="return-reason">
              Lý do trả lại: <span className="whitespace-pre-line">{returnReason}</span>
            </p>
          )}
          <div className="grid gap-4 md:grid-cols-2">
            <ActionForm action={ruleOnReturnAction} hidden={{ ...hidden, decision: "OVERRULE" }} submitLabel="Bác việc trả lại, giao lại người cũ" testId="overrule-form">
              <TextAreaField name="reason" label="Lý do bác (vì sao việc thuộc thẩm quyền)" />
            </ActionForm>
            <ActionForm action={ruleOnReturnAction} hidden={{ ...hidden, decision: "UPHOLD" }} submitLabel="Chấp nhận, giao người khác" tone="secondary" testId="uphold-form">
              <SelectField name="newOwnerId" label="Người nhận thay" options={people} />
              <TextAreaField name="reason" label="Lý do chấp nhận" />
            </ActionForm>
          </div>
        </div>
      )}
      {pendingExtension && (
        <div className="rounded-md border border-sky-300 bg-sky-50 p-3" data-testid="decide-extension">
          <p className="mb-2 text-sm text-sky-900">
            <span className="font-medium">{pendingExtension.requesterName}</span> xin gia hạn đến <span className="font-medium">{pendingExtension.requestedDeadline}</span>. Lý do: {pendingExtension.reason}
          </p>
          <p className="mb-2 text-sm text-sky-900" data-testid="extension-effect">{extensionEffect(pendingExtension)}</p>
          <div className="grid gap-4 md:grid-cols-2">
            <ActionForm action={decideExtensionAction} hidden={{ ...hidden, requestId: pendingExtension.id, approve: true }} submitLabel="Đồng ý gia hạn">
              <TextAreaField name="note" label="Ý kiến (không bắt buộc)" required={false} rows={2} />
            </ActionForm>
            <ActionForm action={decideExtensionAction} hidden={{ ...hidden, requestId: pendingExtension.id, approve: false }} submitLabel="Không đồng ý" tone="secondary">
              <TextAreaField name="note" label="Lý do không đồng ý" rows={2} />
            </ActionForm>
          </div>
        </div>
      )}
    </div>
  );
}

/** "Duyệt gia hạn đến 24/12/2026 sẽ dời khâu 3 từ 07/12/2026 sang 28/12/2026, khâu 4 …": the head sees the cost before approving. */
function extensionEffect(p: TPendingExtension): string {
  if (p.laterShifts.length === 0) return `Duyệt gia hạn đến ${p.requestedDeadline} không làm thay đổi hạn của các khâu sau.`;
  const moves = p.laterShifts.map((s) => `khâu ${s.order} từ ${s.from} sang ${s.to}`).join(", ");
  return `Duyệt gia hạn đến ${p.requestedDeadline} sẽ dời ${moves}, để không khâu nào đến hạn trước khâu đứng trước nó.`;
}
