import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import { ClassificationBadge } from "@/components/work/classification-badge";

type TSubTask = {
  id: string;
  title: string;
  status: string;
  deadline: Date;
  leadUnit: { name: string };
  progress: { done: number; total: number };
  classification: TClassification;
};

/** The parent's roll-up: each sub-task tracked on its own, with how many are done. */
export function SubTaskList({ subTasks }: { subTasks: TSubTask[] }) {
  const t = useTranslations("taskPage");
  const te = useTranslations("enums");
  if (!subTasks.length) return null;
  const done = subTasks.filter((t) => t.status === "COMPLETED").length;
  return (
    <section aria-labelledby="subtasks-title" className="mb-8" data-testid="sub-tasks">
      <h2 id="subtasks-title" className="mb-3 text-lg font-semibold">
        {t("subTasks")}{" "}
        <span className="text-base font-normal text-slate-600">
          {t("subTasksDone", { done, total: subTasks.length })}
        </span>
      </h2>
      <ul className="space-y-2">
        {subTasks.map((s) => (
          <li
            key={s.id}
            className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <div>
              <Link href={`/tasks/${s.id}`} className="font-medium text-brand-700 hover:underline">
                {s.title}
              </Link>
              <p className="text-slate-600">
                {s.leadUnit.name} · {te(`taskStatus.${s.status as "OPEN"}`)} ·{" "}
                {t("subTaskProgress", { done: s.progress.done, total: s.progress.total })}
              </p>
            </div>
            <div className="flex flex-col items-end gap-1">
              <span>{t("due", { date: formatDate(s.deadline) })}</span>
              <ClassificationBadge classification={s.classification} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
