import "server-only";
import { msg } from "@/lib/i18n/message";
import { endOfLocalDay, localDateOf } from "@/lib/domain/calendar";
import type { TActor } from "@/lib/domain/access/roles";
import type { TDecideExtension } from "@/lib/schemas/step-actions";
import type { Prisma, TaskStep } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { actingAs, eventActor, loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";
import { shiftLaterSteps, type TShiftedStep } from "./shift-later-steps";

/**
 * A head approves or refuses a pending extension request. Approval moves the step's deadline
 * to the end of the requested day (the original deadline stays for reports), moves the later
 * steps that would otherwise fall due before the step they follow (shiftLaterSteps), and,
 * since a task cannot end before its steps, the task's deadline follows when a new one passes it.
 * Returns the step and the later steps that moved.
 */
export async function decideExtension(
  actor: TActor,
  input: TDecideExtension,
  now: Date,
): Promise<{ step: TaskStep; shiftedSteps: TShiftedStep[] }> {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "decide-extension", now);
    const request = await tx.extensionRequest.findFirst({ where: { id: input.requestId, stepId: step.id } });
    if (!request) throw new DomainError("NOT_FOUND", msg("errors.extensionNotFound"));
    if (request.status !== "PENDING") throw new DomainError("INVALID_STATE", msg("errors.extensionAlreadyDecided"));
    // Nobody decides on their own request: a head's extension goes to the head above.
    if (request.requesterId === actor.id || request.requesterId === actingAs(actor, step).id) {
      throw new DomainError("FORBIDDEN", msg("errors.extensionDecideOwn"));
    }
    const newDeadline = input.approve ? endOfLocalDay(localDateOf(request.requestedDeadline)) : null;
    await updateStepIfUnchanged(
      tx,
      step,
      newDeadline ? { deadline: newDeadline, lastActivityAt: now } : { lastActivityAt: now },
    );
    const { count } = await tx.extensionRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: {
        status: newDeadline ? "APPROVED" : "REJECTED",
        decidedById: actingAs(actor, step).id,
        decidedAt: now,
        decisionNote: input.note || null,
      },
    });
    if (count !== 1) throw new DomainError("CONFLICT", msg("errors.extensionJustDecided"));
    const shiftedSteps = newDeadline
      ? await shiftLaterSteps(
          tx,
          { stepId: step.id, taskId: step.taskId, previousDeadline: step.deadline, newDeadline, requestId: request.id },
          eventActor(actor, step),
          now,
        )
      : [];
    if (newDeadline) await extendTaskDeadline(tx, step, [newDeadline, ...shiftedSteps.map((s) => s.step.deadline)]);
    const event = {
      ...eventActor(actor, step),
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      reason: input.note || null,
    };
    const decided = { requestId: request.id, previousDeadline: step.deadline.toISOString() };
    await recordTaskEvent(
      tx,
      newDeadline
        ? { ...event, kind: "EXTENSION_APPROVED", payload: { ...decided, newDeadline: newDeadline.toISOString() } }
        : { ...event, kind: "EXTENSION_REJECTED", payload: decided },
    );
    return { step: await tx.taskStep.findUniqueOrThrow({ where: { id: step.id } }), shiftedSteps };
  });
}

/** Only ever moves the task's deadline later (never earlier); task.originalDeadline is left for reports. */
async function extendTaskDeadline(
  tx: Prisma.TransactionClient,
  step: { id: string; taskId: string },
  deadlines: Date[],
) {
  const newDeadline = new Date(Math.max(...deadlines.map((d) => d.getTime())));
  const task = await tx.task.findUniqueOrThrow({ where: { id: step.taskId }, select: { deadline: true } });
  if (newDeadline.getTime() <= task.deadline.getTime()) return;
  await tx.task.update({ where: { id: step.taskId }, data: { deadline: newDeadline, version: { increment: 1 } } });
}
