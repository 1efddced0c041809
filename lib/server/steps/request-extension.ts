import "server-only";
import { msg } from "@/lib/i18n/message";
import { endOfLocalDay } from "@/lib/domain/calendar";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRequestExtension } from "@/lib/schemas/step-actions";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { actingAs, eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * The owner asks, before the deadline, for a later one. Deadlines are whole days, so the
 * requested date counts until the end of that day in Asia/Ho_Chi_Minh. At most one request per
 * step waits for a decision at a time.
 */
export async function requestExtension(actor: TActor, input: TRequestExtension, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "request-extension", now);
    const requestedDeadline = endOfLocalDay(input.requestedDeadline);
    if (requestedDeadline.getTime() <= step.deadline.getTime()) {
      const message = msg("errors.extensionDeadlineNotLater");
      throw new DomainError("INVALID_INPUT", message, { requestedDeadline: [message] });
    }
    // Bumping the version first locks the step row, so two requests cannot both pass the check below.
    await updateStepIfUnchanged(tx, step, { lastActivityAt: now });
    const pending = await tx.extensionRequest.count({ where: { stepId: step.id, status: "PENDING" } });
    if (pending > 0) throw new DomainError("INVALID_STATE", msg("errors.extensionAlreadyPending"));
    const request = await tx.extensionRequest.create({
      data: {
        stepId: step.id,
        requesterId: actingAs(actor, step).id,
        reason: input.reason,
        previousDeadline: step.deadline,
        requestedDeadline,
        createdAt: now,
      },
    });
    await recordTaskEvent(tx, {
      kind: "EXTENSION_REQUESTED",
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: {
        requestId: request.id,
        previousDeadline: step.deadline.toISOString(),
        requestedDeadline: requestedDeadline.toISOString(),
      },
      reason: input.reason,
    });
    return request;
  });
}
