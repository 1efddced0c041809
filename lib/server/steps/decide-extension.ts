import "server-only";
import { endOfLocalDay, localDateOf } from "@/lib/domain/calendar";
import type { TActor } from "@/lib/domain/access/roles";
import type { TDecideExtension } from "@/lib/schemas/step-actions";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadStepForAction, updateStepIfUnchanged } from "./load-step-for-action";

/**
 * A head approves or refuses a pending extension request. Approval moves the step's deadline
 * to the end of the requested day (the original deadline stays for reports); a task cannot end
 * before its steps, so the task's deadline follows when the new one passes it.
 */
export async function decideExtension(actor: TActor, input: TDecideExtension, now: Date) {
  return writeTaskChange(now, async (tx) => {
    const step = await loadStepForAction(tx, actor, input, "decide-extension", now);
    const request = await tx.extensionRequest.findFirst({ where: { id: input.requestId, stepId: step.id } });
    if (!request) throw new DomainError("NOT_FOUND", "Không tìm thấy yêu cầu gia hạn này của khâu.");
    if (request.status !== "PENDING") throw new DomainError("INVALID_STATE", "Yêu cầu gia hạn này đã được quyết định.");
    // Nobody decides on their own request: a head's extension goes to the head above.
    if (request.requesterId === actor.id) {
      throw new DomainError("FORBIDDEN", "Bạn không thể tự quyết định yêu cầu gia hạn của chính mình; lãnh đạo cấp trên sẽ quyết định.");
    }
    const newDeadline = input.approve ? endOfLocalDay(localDateOf(request.requestedDeadline)) : null;
    await updateStepIfUnchanged(tx, step, newDeadline ? { deadline: newDeadline, lastActivityAt: now } : { lastActivityAt: now });
    const { count } = await tx.extensionRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status: newDeadline ? "APPROVED" : "REJECTED", decidedById: actor.id, decidedAt: now, decisionNote: input.note || null },
    });
    if (count !== 1) throw new DomainError("CONFLICT", "Yêu cầu gia hạn này vừa được người khác quyết định. Hãy tải lại trang.");
    if (newDeadline) await extendTaskDeadline(tx, step, newDeadline);
    await recordEvent(tx, {
      kind: newDeadline ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED",
      actorId: actor.id,
      at: now,
      taskId: step.taskId,
      stepId: step.id,
      payload: { requestId: request.id, previousDeadline: step.deadline.toISOString(), ...(newDeadline && { newDeadline: newDeadline.toISOString() }) },
      reason: input.note || null,
    });
    return tx.taskStep.findUniqueOrThrow({ where: { id: step.id } });
  });
}

/** Only ever moves the task's deadline later (never earlier); task.originalDeadline is left for reports. */
async function extendTaskDeadline(tx: Prisma.TransactionClient, step: { id: string; taskId: string }, newDeadline: Date) {
  const task = await tx.task.findUniqueOrThrow({ where: { id: step.taskId }, select: { deadline: true } });
  if (newDeadline.getTime() <= task.deadline.getTime()) return;
  await tx.task.update({ where: { id: step.taskId }, data: { deadline: newDeadline, version: { increment: 1 } } });
}
