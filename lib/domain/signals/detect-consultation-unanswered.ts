import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeConsultation } from "./describe-consultation";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";
import { workingDaysPhrase } from "./signal-words";
import { workingDaysSince } from "./working-days-since";

/**
 * CONSULTATION_UNANSWERED: a consultation with no answer (`answeredAt` null) while
 * `now > responseDeadline` (at the deadline instant it is not late yet), unless its task
 * is CANCELLED. Once answered it becomes CONSULTATION_LATE instead.
 * Subject: the consulted person; for one addressed to a unit, nobody (subjectUserId null)
 * and unitId is the target unit. `since` is the response deadline. Metrics: workingDaysOverdue, counted when read.
 */
export function detectConsultationUnanswered(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "consultations" | "users" | "units">,
  now: Date,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const c of input.consultations) {
    if (c.answeredAt != null || now.getTime() <= c.responseDeadline.getTime()) continue;
    const facts = describeConsultation(c, ctx);
    if (facts.task.status === "CANCELLED") continue;
    // Unanswered, the count grows with time: it is counted when read, not stored as of now.
    const days = workingDaysSince(c.responseDeadline);
    signals.push({
      key: `CONSULTATION_UNANSWERED:${c.id}`,
      kind: "CONSULTATION_UNANSWERED",
      subjectUserId: c.targetUserId,
      unitId: facts.unitId,
      taskId: facts.task.id,
      stepId: facts.step.id,
      consultationId: c.id,
      since: c.responseDeadline,
      explanation: msg("domain.signals.consultationUnanswered", {
        addressee: facts.addressee,
        about: facts.about,
        days: workingDaysPhrase(days),
        deadline: formatDate(c.responseDeadline),
      }),
      evidenceEventIds: facts.evidenceEventIds,
      metrics: { workingDaysOverdue: days },
    });
  }
  return signals;
}
