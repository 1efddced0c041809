import Link from "next/link";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { taskStatusLabel } from "@/components/work/labels";

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
  if (!subTasks.length) return null;
  const done = subTasks.filter((t) => t.status === "COMPLETED").length;
  return (
    <section aria-labelledby="subtasks-title" className="mb-8" data-testid="sub-tasks">
      <h2 id="subtasks-title" className="mb-3 text-lg font-semibold">
        Nhiệm vụ con <span className="text-base font-normal text-slate-600">· đã hoàn thành {done}/{subTasks.length}</span>
      </h2>
      <ul className="space-y-2">
        {subTasks.map((t) => (
          <li key={t.id} className="flex flex-wrap items-start justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div>
              <Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.title}</Link>
              <p className="text-slate-600">{t.leadUnit.name} · {taskStatusLabel[t.status]} · {t.progress.done}/{t.progress.total} khâu xong</p>
            </div>
            <div className="flex flex-col items-end gap-1">
              <span>Hạn {formatDate(t.deadline)}</span>
              <ClassificationBadge classification={t.classification} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
