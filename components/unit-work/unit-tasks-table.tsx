import Link from "next/link";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format";
import { EmptyState } from "@/components/ui/empty-state";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { priorityLabel, stepStatusLabel } from "@/components/work/labels";

type TRow = {
  id: string;
  title: string;
  point: string | null;
  priority: string;
  deadline: Date;
  directive: { number: string };
  leadUnit: { name: string };
  steps: { name: string; status: string; owner: { name: string } }[];
  classification: TClassification;
};

export function UnitTasksTable({ rows }: { rows: TRow[] }) {
  if (!rows.length) return <EmptyState title="Đơn vị không có nhiệm vụ nào đang mở." />;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="unit-tasks">
        <caption className="sr-only">Nhiệm vụ đang mở của đơn vị, hạn gần nhất trước</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Nhiệm vụ</th>
            <th scope="col" className="px-3 py-2">Đơn vị chủ trì</th>
            <th scope="col" className="px-3 py-2">Khâu hiện tại</th>
            <th scope="col" className="px-3 py-2">Hạn</th>
            <th scope="col" className="px-3 py-2">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((t) => (
            <tr key={t.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/tasks/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.title}</Link>
                <div className="text-slate-500">{t.directive.number}{t.point ? ` · điểm ${t.point}` : ""} · Ưu tiên {priorityLabel[t.priority]}</div>
              </td>
              <td className="px-3 py-2">{t.leadUnit.name}</td>
              <td className="px-3 py-2">
                {t.steps[0] ? <>{t.steps[0].name}<div className="text-slate-500">{t.steps[0].owner.name} · {stepStatusLabel[t.steps[0].status]}</div></> : "—"}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(t.deadline)}</td>
              <td className="px-3 py-2"><ClassificationBadge classification={t.classification} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
