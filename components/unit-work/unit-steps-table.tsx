import Link from "next/link";
import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format";
import { EmptyState } from "@/components/ui/empty-state";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { stepStatusLabel } from "@/components/work/labels";

type TRow = {
  id: string;
  name: string;
  status: string;
  deadline: Date;
  owner: { name: string };
  task: { id: string; title: string; point: string | null; directive: { number: string } };
  classification: TClassification;
};

export function UnitStepsTable({ rows }: { rows: TRow[] }) {
  if (!rows.length) return <EmptyState title="Không có khâu nào khớp bộ lọc.">Thử bỏ bớt điều kiện lọc.</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="unit-steps">
        <caption className="sr-only">Khâu đang mở của đơn vị, hạn gần nhất trước</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Khâu</th>
            <th scope="col" className="px-3 py-2">Nhiệm vụ</th>
            <th scope="col" className="px-3 py-2">Người chịu trách nhiệm</th>
            <th scope="col" className="px-3 py-2">Hạn</th>
            <th scope="col" className="px-3 py-2">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">{s.name}<div className="text-slate-500">{stepStatusLabel[s.status]}</div></td>
              <td className="px-3 py-2">
                <Link href={`/tasks/${s.task.id}`} className="text-brand-700 hover:underline">{s.task.title}</Link>
                <div className="text-slate-500">{s.task.directive.number}{s.task.point ? ` · điểm ${s.task.point}` : ""}</div>
              </td>
              <td className="px-3 py-2">{s.owner.name}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(s.deadline)}</td>
              <td className="px-3 py-2"><ClassificationBadge classification={s.classification} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
