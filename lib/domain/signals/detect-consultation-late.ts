import { countWorkingDaysBetween } from "../calendar/count-working-days-between";
import type { TWorkCalendar } from "../calendar/work-calendar";
import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeConsultation, onBehalfOf } from "./describe-consultation";
import type { TSignal } from "./signal";
import type { TSignalInput } from "./signal-input";
import { workingDaysPhrase } from "./signal-words";

/**
 * CONSULTATION_LATE: a consultation answered after its response deadline
 * (`answeredAt > responseDeadline`; answering at the deadline instant is on time).
 * Subject: the consulted person (targetUserId), or for a consultation addressed to a unit,
 * the person who answered (answeredById). `since` is the response deadline, when the
 * lateness began. Metrics: workingDaysLate.
 */
export function detectConsultationLate(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "consultations" | "users" | "units">,
  cal: TWorkCalendar,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const c of input.consultations) {
    if (c.answeredAt == null || c.answeredAt.getTime() <= c.responseDeadline.getTime()) continue;
    const facts = describeConsultation(c, ctx);
    const days = countWorkingDaysBetween(c.responseDeadline, c.answeredAt, cal);
    signals.push({
      key: `CONSULTATION_LATE:${c.id}`,
      kind: "CONSULTATION_LATE",
      subjectUserId: facts.subjectUserId,
      unitId: facts.unitId,
      taskId: facts.task.id,
      stepId: facts.step.id,
      consultationId: c.id,
      since: c.responseDeadline,
      explanation: msg("domain.signals.consultationLate", {
        subject: ctx.userName(facts.subjectUserId),
        onBehalf: onBehalfOf(c, facts),
        about: facts.about,
        days: workingDaysPhrase(days),
        deadline: formatDate(c.responseDeadline),
        answeredAt: formatDate(c.answeredAt),
      }),
      evidenceEventIds: facts.evidenceEventIds,
      metrics: { workingDaysLate: days },
    });
  }
  return signals;
}
