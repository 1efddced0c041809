import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import { ClassificationBadge } from "@/components/work/classification-badge";

type TTaskStatus = "OPEN" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";
type TPriority = "LOW" | "NORMAL" | "HIGH" | "URGENT";

type TTaskHeader = {
  id: string;
  title: string;
  point: string | null;
  description: string | null;
  expectedResult: string | null;
  status: string;
  priority: string;
  deadline: Date;
  originalDeadline: Date;
  directive: { number: string; subject: string };
  leadUnit: { name: string };
  assigner: { name: string };
  coordinators: { unit: { id: string; name: string } }[];
  /** Set on a recurring duty's instance: the period it covers ("2026-12"). */
  recurrencePeriod?: string | null;
};

export function TaskHeader({
  task,
  classification,
  canSplit,
}: {
  task: TTaskHeader;
  classification: TClassification;
  canSplit: boolean;
}) {
  const t = useTranslations("taskPage");
  const te = useTranslations("enums");
  const extended = task.deadline.getTime() !== task.originalDeadline.getTime();
  return (
    <header className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
      <p className="text-sm text-slate-600">
        {task.directive.number}
        {task.point ? t("point", { point: task.point }) : ""} — {task.directive.subject}
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="mt-1 text-2xl font-semibold" data-testid="task-title">
          {task.title}
        </h1>
        {canSplit && (
          <Link
            href={`/tasks/new?parent=${task.id}`}
            className="no-print rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
          >
            {t("split")}
          </Link>
        )}
      </div>
      {task.recurrencePeriod && (
        <p className="mt-1 text-sm text-slate-600" data-testid="task-recurrence">
          {t("recurrence", { period: task.recurrencePeriod })}
        </p>
      )}
      {task.description && <p className="mt-2 text-slate-700">{task.description}</p>}
      <dl className="mt-4 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t("leadUnit")}</dt>
          <dd className="font-medium">{task.leadUnit.name}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("coordinatingUnits")}</dt>
          <dd>{task.coordinators.map((c) => c.unit.name).join(", ") || "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("assigner")}</dt>
          <dd>{task.assigner.name}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("deadline")}</dt>
          <dd>
            {formatDate(task.deadline)}
            {extended && (
              <span className="text-slate-500">
                {t("originalDeadline", { date: formatDate(task.originalDeadline) })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("status")}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            {te(`taskStatus.${task.status as TTaskStatus}`)} <ClassificationBadge classification={classification} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("priority")}</dt>
          <dd>{te(`priority.${task.priority as TPriority}`)}</dd>
        </div>
        {task.expectedResult && (
          <div className="sm:col-span-2 lg:col-span-3">
            <dt className="text-slate-500">{t("expectedResult")}</dt>
            <dd>{task.expectedResult}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
