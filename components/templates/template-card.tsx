import Link from "next/link";
import { stepKindLabel } from "@/components/work/labels";
import { TemplateStatusActions } from "./template-status-actions";

type TTemplateCard = {
  id: string;
  name: string;
  description: string | null;
  isActive: boolean;
  unit: { name: string } | null;
  steps: { name: string; kind: string; defaultDurationDays: number }[];
  taskCount: number;
  canEdit: boolean;
};

export function TemplateCard({ template: t }: { template: TTemplateCard }) {
  const total = t.steps.reduce((sum, s) => sum + s.defaultDurationDays, 0);
  return (
    <li className={`rounded-lg border border-slate-200 bg-white p-4 ${t.isActive ? "" : "opacity-75"}`} data-testid="template-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="font-semibold">
            {t.name}
            {!t.isActive && <span className="ml-2 rounded-full bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-700">Ngừng dùng</span>}
          </h2>
          <p className="text-sm text-slate-600">
            {t.unit ? `Của ${t.unit.name}` : "Dùng chung toàn Ngành"} · {t.steps.length} khâu, {total} ngày làm việc · đã dùng cho {t.taskCount} nhiệm vụ
          </p>
          {t.description && <p className="mt-1 text-sm text-slate-700">{t.description}</p>}
        </div>
        {t.canEdit && (
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/templates/${t.id}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">Sửa</Link>
            <TemplateStatusActions templateId={t.id} name={t.name} isActive={t.isActive} taskCount={t.taskCount} />
          </div>
        )}
      </div>
      <ol className="mt-3 list-decimal space-y-0.5 pl-6 text-sm">
        {t.steps.map((s, i) => (
          <li key={i}>{s.name} <span className="text-slate-500">({stepKindLabel[s.kind] ?? s.kind}, {s.defaultDurationDays} ngày làm việc)</span></li>
        ))}
      </ol>
    </li>
  );
}
