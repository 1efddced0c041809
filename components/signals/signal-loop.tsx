import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/domain/format/format-date-time";
import { enumText } from "@/components/work/enum-text";
import type { TSignalLoop } from "@/lib/schemas/signal-loop";

/** A ping-pong signal's loop: everyone who held the work, in which unit, and each handover, linked to the task's history. */
export function SignalLoop({ loop, taskId }: { loop: TSignalLoop; taskId: string }) {
  const t = useTranslations("signals.loop");
  const tEnums = useTranslations("enums");
  const name = new Map(loop.people.map((p) => [p.id, p.name]));
  const unitName = new Map(loop.units.map((u) => [u.id, u.name]));
  const holder = (userId: string | null, unitId: string | null) =>
    (userId ? name.get(userId) : null) ?? (unitId ? unitName.get(unitId) : null) ?? t("unknownHolder");
  return (
    <div className="space-y-1 rounded-md bg-slate-50 p-3 text-sm" data-testid="signal-loop">
      <p>
        <span className="text-slate-600">{t("people")} </span>
        {loop.people.length
          ? loop.people.map((p) => (p.unitName ? `${p.name} (${p.unitName})` : p.name)).join(", ")
          : t("noPeople")}
      </p>
      <p>
        <span className="text-slate-600">{t("units")} </span>
        {loop.units.map((u) => u.name).join(", ")}
      </p>
      <ol className="list-decimal pl-5" aria-label={t("handovers")}>
        {loop.handovers.map((h) => (
          <li key={h.eventId}>
            <Link href={`/tasks/${taskId}#event-${h.eventId}`} className="text-brand-700 underline underline-offset-2">
              {t("event", { seq: h.seq })}
            </Link>{" "}
            {t("handover", {
              at: formatDateTime(new Date(h.at)),
              kind: enumText(tEnums, "eventKind", h.kind),
              from: holder(h.fromUserId, h.fromUnitId),
              to: holder(h.toUserId, h.toUnitId),
            })}
          </li>
        ))}
      </ol>
    </div>
  );
}
