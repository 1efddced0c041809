import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeConsultation, onBehalfOf } from "./describe-consultation";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";

/**
 * CONSULTATION_VAGUE: an answer the requester marked vague or evasive (`isVague`).
 * Subject: the consulted person, or for a consultation addressed to a unit, who answered.
 * `since`: when it was marked (markedVagueAt), else the answer's time, else the deadline.
 */
export function detectConsultationVague(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "consultations" | "users" | "units">,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const c of input.consultations) {
    if (!c.isVague) continue;
    const facts = describeConsultation(c, ctx);
    const since = c.markedVagueAt ?? c.answeredAt ?? c.responseDeadline;
    signals.push({
      key: `CONSULTATION_VAGUE:${c.id}`,
      kind: "CONSULTATION_VAGUE",
      subjectUserId: facts.subjectUserId,
      unitId: facts.unitId,
      taskId: facts.task.id,
      stepId: facts.step.id,
      consultationId: c.id,
      since,
      explanation: msg("domain.signals.consultationVague", {
        subject: ctx.userName(facts.subjectUserId),
        onBehalf: onBehalfOf(c, facts),
        about: facts.about,
        requester: ctx.userName(c.requesterId),
        date: formatDate(since),
        reason: c.vagueReason ? msg("domain.signals.vagueReason", { reason: c.vagueReason }) : "",
      }),
      evidenceEventIds: facts.evidenceEventIds,
      metrics: {},
    });
  }
  return signals;
}
