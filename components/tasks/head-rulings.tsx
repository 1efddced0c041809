"use client";

import { useTranslations } from "@/components/i18n/use-translations";
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
export function HeadRulings({
  hidden,
  canRule,
  pendingExtension,
  people,
}: {
  hidden: { stepId: string; expectedVersion: number };
  canRule: boolean;
  pendingExtension: TPendingExtension | null;
  people: { value: string; label: string }[];
}) {
  const t = useTranslations("stepActions");
  const returnReason = useReturnReason();
  return (
    <div className="mt-3 space-y-4">
      {canRule && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="rule-on-return">
          <p className="mb-2 text-sm font-medium text-amber-900">{t("returnedAsNotInRemit")}</p>
          {returnReason && (
            <p className="mb-2 text-sm text-amber-900" data-testid="return-reason">
              {`${t("returnReasonGiven")} `}
              <span className="whitespace-pre-line">{returnReason}</span>
            </p>
          )}
          <div className="grid gap-4 md:grid-cols-2">
            <ActionForm
              action={ruleOnReturnAction}
              hidden={{ ...hidden, decision: "OVERRULE" }}
              submitLabel={t("overrule")}
              testId="overrule-form"
            >
              {(field) => <TextAreaField name={field("reason")} label={t("overruleReason")} />}
            </ActionForm>
            <ActionForm
              action={ruleOnReturnAction}
              hidden={{ ...hidden, decision: "UPHOLD" }}
              submitLabel={t("uphold")}
              tone="secondary"
              testId="uphold-form"
            >
              {(field) => (
                <>
                  <SelectField name={field("newOwnerId")} label={t("upholdOwner")} options={people} />
                  <TextAreaField name={field("reason")} label={t("upholdReason")} />
                </>
              )}
            </ActionForm>
          </div>
        </div>
      )}
      {pendingExtension && (
        <div className="rounded-md border border-sky-300 bg-sky-50 p-3" data-testid="decide-extension">
          <p className="mb-2 text-sm text-sky-900">
            {t.rich("extensionRequested", {
              b: (chunks) => <span className="font-medium">{chunks}</span>,
              name: pendingExtension.requesterName,
              date: pendingExtension.requestedDeadline,
              reason: pendingExtension.reason,
            })}
          </p>
          <p className="mb-2 text-sm text-sky-900" data-testid="extension-effect">
            {extensionEffect(t, pendingExtension)}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <ActionForm
              action={decideExtensionAction}
              hidden={{ ...hidden, requestId: pendingExtension.id, approve: true }}
              submitLabel={t("approveExtension")}
            >
              {(field) => <TextAreaField name={field("note")} label={t("approveNote")} required={false} rows={2} />}
            </ActionForm>
            <ActionForm
              action={decideExtensionAction}
              hidden={{ ...hidden, requestId: pendingExtension.id, approve: false }}
              submitLabel={t("rejectExtension")}
              tone="secondary"
            >
              {(field) => <TextAreaField name={field("note")} label={t("rejectNote")} rows={2} />}
            </ActionForm>
          </div>
        </div>
      )}
    </div>
  );
}

/** "Duyệt gia hạn đến 24/12/2026 sẽ dời khâu 3 từ 07/12/2026 sang 28/12/2026, khâu 4 …": the head sees the cost before approving. */
function extensionEffect(t: ReturnType<typeof useTranslations<"stepActions">>, p: TPendingExtension): string {
  if (p.laterShifts.length === 0) return t("extensionNoShift", { date: p.requestedDeadline });
  const moves = p.laterShifts.map((s) => t("extensionShift", { order: s.order, from: s.from, to: s.to })).join(", ");
  return t("extensionShifts", { date: p.requestedDeadline, moves });
}
