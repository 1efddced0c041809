import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import { ClassificationBadge } from "./classification-badge";
import { StepQuickAction } from "./step-quick-action";
import { enumText } from "./enum-text";

export type TStepRow = {
  id: string;
  name: string;
  kind: string;
  status: string;
  version?: number;
  deadline: Date;
  task: { id: string; title: string; point: string | null; directive: { number: string } };
  classification?: TClassification;
};

export function StepRow({ step }: { step: TStepRow }) {
  const t = useTranslations("work");
  const tEnums = useTranslations("enums");
  return (
    <li
      className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3"
      data-testid="step-row"
    >
      <div className="min-w-0">
        <Link href={`/tasks/${step.task.id}`} className="font-medium text-brand-700 hover:underline">
          {step.task.title}
        </Link>
        <p className="text-sm text-slate-600">
          {step.task.directive.number}
          {step.task.point ? ` · ${t("point", { point: step.task.point })}` : ""} ·{" "}
          {t("step", { name: step.name, kind: enumText(tEnums, "stepKind", step.kind) })} ·{" "}
          {enumText(tEnums, "stepStatus", step.status)}
        </p>
      </div>
      <div className="flex flex-col items-end gap-1 text-sm">
        <span>
          {t("deadline")} <time dateTime={step.deadline.toISOString()}>{formatDate(step.deadline)}</time>
        </span>
        {step.classification && <ClassificationBadge classification={step.classification} />}
        {step.version !== undefined && (
          <StepQuickAction step={{ id: step.id, status: step.status, version: step.version, taskId: step.task.id }} />
        )}
      </div>
    </li>
  );
}

export function StepList({ steps, empty }: { steps: TStepRow[]; empty: React.ReactNode }) {
  if (steps.length === 0) return <>{empty}</>;
  return (
    <ul className="space-y-2">
      {steps.map((s) => (
        <StepRow key={s.id} step={s} />
      ))}
    </ul>
  );
}
