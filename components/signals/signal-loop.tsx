import Link from "next/link";
import { formatDateTime } from "@/lib/domain/format";
import type { TSignalLoop } from "@/lib/schemas/signal-loop";
import { eventKindLabel } from "@/components/work/labels";

/** A ping-pong signal's loop: everyone who held the work, in which unit, and each handover, linked to the task's history. */
export function SignalLoop({ loop, taskId }: { loop: TSignalLoop; taskId: string }) {
  const name = new Map(loop.people.map((p) => [p.id, p.name]));
  const unitName = new Map(loop.units.map((u) => [u.id, u.name]));
  const holder = (userId: string | null, unitId: string | null) =>
    (userId ? name.get(userId) : null) ?? (unitId ? unitName.get(unitId) : null) ?? "không rõ";
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3 text-sm" data-testid="signal-loop">
      <p>
        <span className="text-slate-600">Những người trong vòng: </span>
        {loop.people.length ? loop.people.map((p) => (p.unitName ? `${p.name} (${p.unitName})` : p.name)).join(", ") : "không ghi rõ người"}
      </p>
      <p><span className="text-slate-600">Đơn vị liên quan: </span>{loop.units.map((u) => u.name).join(", ")}</p>
      <ol className="list-decimal pl-5" aria-label="Các lần chuyển">
        {loop.handovers.map((h) => (
          <li key={h.eventId}>
            <Link href={`/tasks/${taskId}#event-${h.eventId}`} className="text-brand-700 underline underline-offset-2">
              sự kiện #{h.seq}
            </Link>{" "}
            lúc {formatDateTime(new Date(h.at))} · {eventKindLabel[h.kind] ?? h.kind}: {holder(h.fromUserId, h.fromUnitId)} → {holder(h.toUserId, h.toUnitId)}
          </li>
        ))}
      </ol>
    </div>
  );
}
