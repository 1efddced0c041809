import { accountablePersonOf } from "../delegations/accountable-person-of";
import { formatDate } from "../format/format-date";
import { buildSignalContext } from "./build-signal-context";
import { msg } from "../../i18n/message";
import { describeStep } from "./describe-step";
import type { TSignal } from "./signal";
import type { TSignalEvent, TSignalInput } from "./signal-input";

/**
 * RETURN_OVERRULED: a step returned as "not in my remit" (STEP_RETURNED) that the head then
 * ruled was the returner's after all (RETURN_OVERRULED). One signal per overruling event.
 * The subject is the actor of the return being ruled on: the latest STEP_RETURNED on the same
 * step (by seq) after any earlier ruling (RETURN_UPHELD or RETURN_OVERRULED); without one,
 * the returner the ruling names (payload.returnedBy).
 * `since` is the ruling's time; the evidence is the return and the ruling.
 */
export function detectReturnOverruled(
  input: Pick<TSignalInput, "tasks" | "steps" | "events" | "users" | "units">,
): TSignal[] {
  const ctx = buildSignalContext(input);
  const signals: TSignal[] = [];
  for (const step of input.steps) {
    const task = ctx.taskOf(step.taskId);
    let lastReturn: TSignalEvent | undefined;
    for (const event of ctx.eventsOfStep(step.id)) {
      if (event.kind === "STEP_RETURNED") lastReturn = event;
      if (event.kind === "RETURN_UPHELD") lastReturn = undefined;
      if (event.kind !== "RETURN_OVERRULED") continue;
      const subject = (lastReturn && accountablePersonOf(lastReturn)) ?? event.payload.returnedBy;
      const returned = lastReturn
        ? msg("domain.signals.returnedOn", {
            date: formatDate(lastReturn.at),
            reason: lastReturn.reason ? msg("domain.signals.returnReason", { reason: lastReturn.reason }) : "",
          })
        : "";
      const ruling = event.reason ? msg("domain.signals.rulingReason", { reason: event.reason }) : "";
      signals.push({
        key: `RETURN_OVERRULED:${event.id}`,
        kind: "RETURN_OVERRULED",
        subjectUserId: subject,
        unitId: ctx.userOf(subject)?.unitId ?? step.unitId,
        taskId: step.taskId,
        stepId: step.id,
        consultationId: null,
        since: event.at,
        explanation: msg("domain.signals.returnOverruled", {
          subject: ctx.userName(subject),
          step: describeStep(step, task),
          returned,
          head: ctx.userName(accountablePersonOf(event)),
          date: formatDate(event.at),
          ruling,
        }),
        evidenceEventIds: lastReturn ? [lastReturn.id, event.id] : [event.id],
        metrics: {},
      });
      lastReturn = undefined;
    }
  }
  return signals;
}
