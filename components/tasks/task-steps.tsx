import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import type { TStepAction } from "@/lib/domain/workflow/step-action";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { ActionStatus } from "./action-status";
import { ConsultationItem, type TConsultationView } from "./consultation-item";
import type { TPendingExtension } from "./head-rulings";
import { ReturnReasonProvider } from "./return-reason-context";
import { StepActions, type TOption } from "./step-actions";

type TStep = {
  id: string;
  order: number;
  name: string;
  kind: string;
  status: string;
  version: number;
  deadline: Date;
  originalDeadline: Date;
  result: string | null;
  owner: { name: string; title: string | null; unit: { name: string } };
  classification: TClassification | null;
  allowed: TStepAction[];
  /** Why an expected action is missing, already worded for the reader. */
  hints: { action: TStepAction; message: string }[];
  pendingExtension: TPendingExtension | null;
  /** What the owner wrote when they returned the step, while it waits for the head's ruling. */
  returnReason: string | null;
  consultations: TConsultationView[];
};

type TOptions = { people: TOption[]; units: TOption[]; consultPeople: TOption[] };

export function TaskSteps({ steps, options, today }: { steps: TStep[]; options: TOptions; today: string }) {
  const t = useTranslations("taskPage");
  const te = useTranslations("enums");
  return (
    <section aria-labelledby="steps-title" className="mb-8">
      <h2 id="steps-title" className="mb-3 text-lg font-semibold">
        {t("steps")}
      </h2>
      <ol className="space-y-3" data-testid="task-steps">
        {steps.map((s) => (
          <li
            key={s.id}
            id={`step-${s.id}`}
            className="scroll-mt-20 rounded-lg border border-slate-200 bg-white p-4"
            data-testid={`step-${s.order}`}
          >
            <ActionStatus testId={`step-status-message-${s.order}`}>
              {/* On a phone the status block goes under the title, flush left like the rest. */}
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <h3 className="font-medium">
                    {s.order}. {s.name}{" "}
                    <span className="font-normal text-slate-500">({te(`stepKind.${s.kind as "HANDLE"}`)})</span>
                  </h3>
                  <p className="text-sm text-slate-600">
                    {t("owner")}{" "}
                    <span className="font-medium text-slate-900" data-testid="step-owner">
                      {s.owner.name}
                    </span>
                    {s.owner.title ? `, ${s.owner.title}` : ""} — {s.owner.unit.name}
                  </p>
                  {s.result && <p className="mt-1 text-sm">{t("result", { result: s.result })}</p>}
                </div>
                <div className="text-sm sm:shrink-0 sm:text-right" data-testid="step-status-block">
                  <p data-testid="step-status">{te(`stepStatus.${s.status as "TODO"}`)}</p>
                  <p data-testid="step-deadline">
                    {t("due", { date: formatDate(s.deadline) })}
                    {s.deadline.getTime() !== s.originalDeadline.getTime() && (
                      <span className="text-slate-500">
                        {t("originalDeadline", { date: formatDate(s.originalDeadline) })}
                      </span>
                    )}
                  </p>
                  {s.classification && <ClassificationBadge classification={s.classification} />}
                </div>
              </div>
              {s.consultations.length > 0 && (
                <ul className="mt-3 space-y-2 border-t border-slate-100 pt-2 text-sm" aria-label={t("consultations")}>
                  {s.consultations.map((c) => (
                    <ConsultationItem key={c.id} c={c} />
                  ))}
                </ul>
              )}
              <ReturnReasonProvider reason={s.returnReason}>
                <StepActions
                  step={s}
                  allowed={s.allowed}
                  hints={s.hints}
                  pendingExtension={s.pendingExtension}
                  today={today}
                  {...options}
                />
              </ReturnReasonProvider>
            </ActionStatus>
          </li>
        ))}
      </ol>
    </section>
  );
}
