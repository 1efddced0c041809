import Link from "next/link";
import { formatDate } from "@/lib/domain/format";
import { EmptyState } from "@/components/ui/empty-state";

type TTaskRef = { id: string; title: string; directive: { number: string } };
type TRulings = {
  returns: { id: string; name: string; owner: { name: string }; task: TTaskRef; events: { reason: string | null; at: Date }[] }[];
  extensions: { id: string; reason: string; requestedDeadline: Date; previousDeadline: Date; requester: { name: string }; step: { id: string; name: string; task: TTaskRef } }[];
  escalations: { id: string; reason: string; createdAt: Date; fromUnit: { name: string }; raisedBy: { name: string } | null; step: { name: string } | null; task: TTaskRef }[];
};

const card = "rounded-lg border p-3";

/** Decisions waiting for the head, oldest first: they come before everything else on the page. */
export function UnitRulings({ rulings }: { rulings: TRulings }) {
  const { returns, extensions, escalations } = rulings;
  if (!returns.length && !extensions.length && !escalations.length) {
    return <EmptyState title="Không có việc nào chờ lãnh đạo quyết định." />;
  }
  return (
    <ul className="space-y-2" data-testid="unit-rulings">
      {returns.map((r) => (
        <li key={r.id} className={`${card} border-amber-300 bg-amber-50`}>
          <span className="font-medium text-amber-900">Bị trả lại:</span> khâu “{r.name}” của{" "}
          <Link className="font-medium text-brand-700 underline" href={`/tasks/${r.task.id}`}>{r.task.title}</Link> — {r.owner.name}
          {r.events[0]?.reason && <span className="block text-sm text-slate-700">Lý do: {r.events[0].reason}</span>}
        </li>
      ))}
      {extensions.map((x) => (
        <li key={x.id} className={`${card} border-sky-300 bg-sky-50`}>
          <span className="font-medium text-sky-900">Xin gia hạn:</span> {x.requester.name} xin gia hạn khâu “{x.step.name}” của{" "}
          <Link className="font-medium text-brand-700 underline" href={`/tasks/${x.step.task.id}`}>{x.step.task.title}</Link> từ {formatDate(x.previousDeadline)} đến {formatDate(x.requestedDeadline)}
          <span className="block text-sm text-slate-700">Lý do: {x.reason}</span>
        </li>
      ))}
      {escalations.map((e) => (
        <li key={e.id} className={`${card} border-red-200 bg-red-50`}>
          <span className="font-medium text-red-900">Báo cáo vượt cấp</span> từ {e.fromUnit.name}{e.raisedBy ? ` (${e.raisedBy.name})` : ""} ngày {formatDate(e.createdAt)}:{" "}
          <Link className="font-medium text-brand-700 underline" href={`/tasks/${e.task.id}`}>{e.task.title}</Link>
          <span className="block text-sm text-slate-700">{e.reason}</span>
        </li>
      ))}
    </ul>
  );
}
