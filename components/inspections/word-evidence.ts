import { formatDate } from "@/lib/domain/format/format-date";
import { formatDateTime } from "@/lib/domain/format/format-date-time";
import type { TEvidenceOptions } from "./finding-form";

type TRaw = {
  tasks: Array<{ id: string; title: string; deadline: Date }>;
  steps: Array<{ id: string; order: number; name: string; taskTitle: string; owner: { name: string } }>;
  signals: Array<{
    id: string;
    kind: string;
    taskTitle: string;
    resolvedAt: Date | null;
    subjectUser: { name: string } | null;
  }>;
  events: Array<{ id: string; kind: string; taskTitle: string; at: Date; actor: { name: string } | null }>;
  people: Array<{ id: string; name: string; title: string | null; unit: { name: string } }>;
};
type TTranslate = (
  key: "evidence.task" | "evidence.step" | "evidence.resolved",
  values?: Record<string, string | number>,
) => string;

/** The finding form's evidence, worded on the server in the reader's language (see getFindingEvidenceOptions). */
export function wordEvidence(
  raw: TRaw,
  t: TTranslate,
  signalKind: (kind: string) => string,
  eventKind: (kind: string) => string,
): TEvidenceOptions {
  return {
    task: raw.tasks.map((x) => ({
      id: x.id,
      label: t("evidence.task", { title: x.title, deadline: formatDate(x.deadline) }),
    })),
    step: raw.steps.map((x) => ({
      id: x.id,
      label: t("evidence.step", { task: x.taskTitle, order: x.order, name: x.name, owner: x.owner.name }),
    })),
    signal: raw.signals.map((x) => ({
      id: x.id,
      label: [signalKind(x.kind), x.taskTitle, x.subjectUser?.name, x.resolvedAt ? t("evidence.resolved") : null]
        .filter(Boolean)
        .join(" · "),
    })),
    event: raw.events.map((x) => ({
      id: x.id,
      label: [eventKind(x.kind), x.taskTitle, formatDateTime(x.at), x.actor?.name].filter(Boolean).join(" · "),
    })),
    user: raw.people.map((x) => ({ id: x.id, label: [x.name, x.title, x.unit.name].filter(Boolean).join(" · ") })),
  };
}
