import Link from "next/link";
import { useTranslations } from "next-intl";
import { enumText } from "@/components/work/enum-text";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format/format-date";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { tableFrame } from "@/components/ui/table-frame";

type TDirectiveTask = {
  id: string;
  title: string;
  point: string | null;
  status: string;
  deadline: Date;
  parentTaskId: string | null;
  leadUnit: { name: string };
  progress: { done: number; total: number };
  classification: TClassification;
};

/** The tasks a directive yielded (those the viewer may see), with progress as steps done out of steps. */
export function DirectiveTaskTable({ tasks }: { tasks: TDirectiveTask[] }) {
  const t = useTranslations("directives.tasks");
  const tEnum = useTranslations("enums");
  return (
    <div className={tableFrame}>
      <table className="w-full text-left text-sm" data-testid="directive-tasks">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("task")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("leadUnit")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("deadline")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("status")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("progress")}
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/tasks/${task.id}`} className="font-medium text-brand-700 hover:underline">
                  {task.title}
                </Link>
                <div className="text-slate-500">
                  {[task.point && t("point", { point: task.point }), task.parentTaskId && t("subTask")]
                    .filter(Boolean)
                    .join(" · ")}
                </div>
              </td>
              <td className="px-3 py-2">{task.leadUnit.name}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(task.deadline)}</td>
              <td className="min-w-52 px-3 py-2">
                <div>{enumText(tEnum, "taskStatus", task.status)}</div>
                <ClassificationBadge classification={task.classification} />
              </td>
              <td className="px-3 py-2">
                <span className="tabular-nums">
                  {t("progressSteps", { done: task.progress.done, total: task.progress.total })}
                </span>
                <progress
                  className="ml-2 h-2 w-20 align-middle"
                  value={task.progress.done}
                  max={Math.max(1, task.progress.total)}
                  aria-label={t("progressLabel", { done: task.progress.done, total: task.progress.total })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
