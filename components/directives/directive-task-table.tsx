import Link from "next/link";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { taskStatusLabel } from "@/components/work/labels";

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
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="directive-tasks">
        <caption className="sr-only">Nhiệm vụ giao theo văn bản, hạn gần nhất trước</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Nhiệm vụ</th>
            <th scope="col" className="px-3 py-2">Đơn vị chủ trì</th>
            <th scope="col" className="px-3 py-2">Hạn</th>
            <th scope="col" className="px-3 py-2">Tình trạng</th>
            <th scope="col" className="px-3 py-2">Tiến độ</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((t) => (
            <tr key={t.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.title}</Link>
                <div className="text-slate-500">{[t.point && `Điểm ${t.point}`, t.parentTaskId && "Nhiệm vụ con"].filter(Boolean).join(" · ")}</div>
              </td>
              <td className="px-3 py-2">{t.leadUnit.name}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(t.deadline)}</td>
              <td className="min-w-52 px-3 py-2">
                <div>{taskStatusLabel[t.status] ?? t.status}</div>
                <ClassificationBadge classification={t.classification} />
              </td>
              <td className="px-3 py-2">
                <span className="tabular-nums">{t.progress.done}/{t.progress.total} khâu</span>
                <progress className="ml-2 h-2 w-20 align-middle" value={t.progress.done} max={Math.max(1, t.progress.total)} aria-label={`Đã xong ${t.progress.done} trên ${t.progress.total} khâu`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
