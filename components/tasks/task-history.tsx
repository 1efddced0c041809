import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/domain/format/format-date-time";
import type { TEventPayload } from "@/lib/schemas/event-payloads";

type TEvent = {
  id: string;
  at: Date;
  reason: string | null;
  actor: { name: string } | null;
  /** The principal when the actor acted as their deputy. */
  onBehalfOf?: { name: string } | null;
  step: { name: string } | null;
} & TEventPayload;

/** The text a person wrote that an event keeps in its payload rather than in `reason`. */
function payloadText(e: TEvent): { label: "eventNote" | "eventResult"; text: string } | null {
  if (e.kind === "STEP_PROGRESS" && e.payload.note) return { label: "eventNote", text: e.payload.note };
  if (e.kind === "STEP_COMPLETED" && e.payload.result) return { label: "eventResult", text: e.payload.result };
  return null;
}

/** The append-only audit trail, oldest first; nothing here can be edited. */
export function TaskHistory({ events }: { events: TEvent[] }) {
  const t = useTranslations("taskPage");
  const te = useTranslations("enums");
  const kindLabel = (kind: string) =>
    te.has(`eventKind.${kind}` as never) ? te(`eventKind.${kind as "TASK_CREATED"}`) : kind;
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="mb-3 text-lg font-semibold">
        {t("history")}
      </h2>
      {events.length === 0 ? (
        <p className="text-slate-500">{t("noEvents")}</p>
      ) : (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-4" data-testid="task-history">
          {events.map((e) => {
            const written = payloadText(e);
            return (
              <li key={e.id} id={`event-${e.id}`} className="scroll-mt-20 text-sm target:bg-amber-50">
                <time dateTime={e.at.toISOString()} className="text-slate-500">
                  {formatDateTime(e.at)}
                </time>{" "}
                <span className="font-medium" data-testid="event-actor">
                  {e.actor && e.onBehalfOf
                    ? t("onBehalfOf", { actor: e.actor.name, principal: e.onBehalfOf.name })
                    : (e.actor?.name ?? t("system"))}
                </span>{" "}
                — {kindLabel(e.kind)}
                {e.step && <span className="text-slate-600">{t("eventStep", { step: e.step.name })}</span>}
                {written && (
                  <p className="whitespace-pre-line text-slate-700" data-testid="event-text">
                    {t(written.label)}: {written.text}
                  </p>
                )}
                {e.reason && <p className="text-slate-700">{t("eventReason", { reason: e.reason })}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
