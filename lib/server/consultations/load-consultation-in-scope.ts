import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Inside the write's transaction: the consultation, if the actor may see its task. The task
 * scope already lets the consulted person (or the consulted unit) see the task, so a consulted
 * user outside the task's units can still load what they were asked. Out of scope is NOT_FOUND,
 * exactly like a missing id.
 */
export async function loadConsultationInScope(tx: Prisma.TransactionClient, actor: TActor, consultationId: string) {
  const consultation = await tx.consultation.findFirst({
    where: { id: consultationId, step: { task: taskScopeWhere(actor) } },
    include: { step: { select: { id: true, taskId: true } } },
  });
  if (!consultation) throw new DomainError("NOT_FOUND", msg("errors.consultationNotFound"));
  return consultation;
}
