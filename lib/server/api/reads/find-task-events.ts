import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { typedEvents } from "@/lib/server/events/typed-events";

/** A task's audit trail in order (by seq), one keyset page at a time; a task out of scope is NOT_FOUND. */
export async function findTaskEvents(actor: TActor, taskId: string, afterSeq: number | null, limit: number) {
  const task = await db.task.findFirst({
    where: { AND: [{ id: taskId }, taskScopeWhere(actor)] },
    select: { id: true },
  });
  if (!task) throw new DomainError("NOT_FOUND", msg("errors.taskNotFound"));
  const rows = await db.event.findMany({
    where: { taskId, ...(afterSeq !== null ? { seq: { gt: afterSeq } } : {}) },
    orderBy: { seq: "asc" },
    take: limit + 1,
    include: { actor: { select: { id: true, name: true } }, onBehalfOf: { select: { id: true, name: true } } },
  });
  return { items: typedEvents(rows.slice(0, limit)), hasMore: rows.length > limit };
}
