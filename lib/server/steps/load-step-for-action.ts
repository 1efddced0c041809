import "server-only";
import { canPerformStepAction } from "@/lib/domain/workflow/can-perform-step-action";
import type { TStepAction, TStepStatus } from "@/lib/domain/workflow/step-action";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Inside the write's transaction: loads the step if the actor may see its task (NOT_FOUND
 * otherwise), refuses a stale version (CONFLICT), then applies the action's rule
 * (FORBIDDEN / INVALID_STATE). Returns the row the write is based on.
 */
export async function loadStepForAction(
  tx: Prisma.TransactionClient,
  actor: TActor,
  ref: { stepId: string; expectedVersion: number },
  action: TStepAction,
  now: Date,
) {
  const step = await tx.taskStep.findFirst({
    where: { id: ref.stepId, task: taskScopeWhere(actor) },
    include: { unit: { select: { id: true, path: true, parentId: true } }, task: { select: { id: true, status: true, leadUnitId: true } } },
  });
  if (!step) throw new DomainError("NOT_FOUND", "Không tìm thấy khâu này, hoặc khâu nằm ngoài phạm vi bạn được xem.");
  if (step.task.status === "CANCELLED") throw new DomainError("INVALID_STATE", "Nhiệm vụ đã bị hủy, không thể thao tác trên các khâu của nhiệm vụ này.");
  if (step.version !== ref.expectedVersion) {
    throw new DomainError("CONFLICT", "Khâu này vừa được người khác cập nhật. Trang đã tải lại trạng thái mới nhất; hãy xem rồi thao tác lại.");
  }
  const ruling = canPerformStepAction(actor, { ownerId: step.ownerId, unitPath: step.unit.path, status: step.status as TStepStatus, deadline: step.deadline }, action, now);
  if (!ruling.ok) throw new DomainError(ruling.code, ruling.message);
  return step;
}

/**
 * Writes the step only if nobody else wrote it since it was read (optimistic concurrency),
 * bumping its version. Under READ COMMITTED the second of two concurrent writers matches no
 * row and gets CONFLICT instead of overwriting the first.
 */
export async function updateStepIfUnchanged(
  tx: Prisma.TransactionClient,
  step: { id: string; version: number },
  data: Prisma.TaskStepUpdateManyMutationInput,
) {
  const { count } = await tx.taskStep.updateMany({
    where: { id: step.id, version: step.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    throw new DomainError("CONFLICT", "Khâu này vừa được người khác cập nhật. Trang đã tải lại trạng thái mới nhất; hãy xem rồi thao tác lại.");
  }
}
