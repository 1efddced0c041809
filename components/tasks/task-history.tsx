import { formatDateTime } from "@/lib/domain/format";
import { eventKindLabel } from "@/components/work/labels";

type TEvent = { id: string; at: Date; kind: string; reason: string | null; actor: { name: string } | null; step: { name: string } | null };

/** The append-only audit trail, oldest first; nothing here can be edited. */
export function TaskHistory({ events }: { events: TEvent[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="mb-3 text-lg font-semibold">Lịch sử xử lý</h2>
      {events.length === 0 ? (
        <p className="text-slate-500">Chưa có sự kiện nào.</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4" data-testid="task-history">
          {events.map((e) => (
            <li key={e.id} id={`event-${e.id}`} className="scroll-mt-20 text-sm target:bg-amber-50">
              <time dateTime={e.at.toISOString()} className="text-slate-500">{formatDateTime(e.at)}</time>{" "}
              <span className="font-medium">{e.actor?.name ?? "Hệ thống"}</span> — {eventKindLabel[e.kind] ?? e.kind}
              {e.step && <span className="text-slate-600"> · khâu “{e.step.name}”</span>}
              {e.reason && <p className="text-slate-700">Lý do: {e.reason}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
