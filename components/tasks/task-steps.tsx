import type { TClassification } from "@/lib/domain/classification";
import { formatDate } from "@/lib/domain/format";
import { ClassificationBadge } from "@/components/work/classification-badge";
import { stepKindLabel, stepStatusLabel } from "@/components/work/labels";

type TStep = {
  id: string;
  order: number;
  name: string;
  kind: string;
  status: string;
  deadline: Date;
  originalDeadline: Date;
  owner: { name: string; title: string | null; unit: { name: string } };
  classification: TClassification | null;
  consultations: { id: string; question: string; answer: string | null; responseDeadline: Date; answeredAt: Date | null; isVague: boolean; targetUser: { name: string } | null; targetUnit: { name: string } | null }[];
};

export function TaskSteps({ steps }: { steps: TStep[] }) {
  return (
    <section aria-labelledby="steps-title" className="mb-8">
      <h2 id="steps-title" className="mb-3 text-lg font-semibold">Các khâu xử lý</h2>
      <ol className="space-y-3" data-testid="task-steps">
        {steps.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <p className="font-medium">{s.order}. {s.name} <span className="font-normal text-slate-500">({stepKindLabel[s.kind]})</span></p>
                <p className="text-sm text-slate-600">
                  Người chịu trách nhiệm: <span className="font-medium text-slate-900">{s.owner.name}</span>
                  {s.owner.title ? `, ${s.owner.title}` : ""} — {s.owner.unit.name}
                </p>
              </div>
              <div className="text-right text-sm">
                <p>{stepStatusLabel[s.status]}</p>
                <p>
                  Hạn {formatDate(s.deadline)}
                  {s.deadline.getTime() !== s.originalDeadline.getTime() && <span className="text-slate-500"> (ban đầu {formatDate(s.originalDeadline)})</span>}
                </p>
                {s.classification && <ClassificationBadge classification={s.classification} />}
              </div>
            </div>
            {s.consultations.length > 0 && (
              <ul className="mt-3 space-y-1 border-t border-slate-100 pt-2 text-sm">
                {s.consultations.map((c) => (
                  <li key={c.id}>
                    Xin ý kiến {c.targetUser?.name ?? c.targetUnit?.name}: “{c.question}” — hạn {formatDate(c.responseDeadline)}.{" "}
                    {c.answeredAt ? <>Đã trả lời {formatDate(c.answeredAt)}{c.answeredAt > c.responseDeadline ? " (chậm)" : ""}: “{c.answer}”</> : <span className="text-red-700">Chưa trả lời.</span>}
                    {c.isVague && <span className="ml-1 font-medium text-orange-800">Bị đánh dấu chung chung, né tránh.</span>}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
