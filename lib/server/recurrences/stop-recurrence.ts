import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";

/**
 * Stops a recurrence: no instance is created after `now`; the ones already created stay
 * ordinary tasks, to be finished or cancelled on their own. Only whoever may set one up for
 * its lead unit may stop it; one outside their scope is NOT_FOUND, as if it did not exist.
 * Stopping twice is refused, so the RECURRENCE_CHANGED event is written once.
 */
export async function stopRecurrence(actor: TActor, recurrenceId: string, now: Date) {
  const scope = assignmentScopeOf(actor);
  if (!scope) throw new DomainError("FORBIDDEN", msg("errors.recurrenceManageForbidden"));
  return db.$transaction(async (tx) => {
    const recurrence = await tx.taskRecurrence.findFirst({
      where: { id: recurrenceId, leadUnit: { path: { startsWith: scope } } },
      select: { id: true, title: true, directiveId: true, leadUnitId: true, frequency: true, stoppedAt: true },
    });
    if (!recurrence) throw new DomainError("NOT_FOUND", msg("errors.recurrenceNotFound"));
    const stopped = await tx.taskRecurrence.updateMany({
      where: { id: recurrence.id, stoppedAt: null },
      data: { stoppedAt: now },
    });
    if (stopped.count === 0) throw new DomainError("INVALID_STATE", msg("errors.recurrenceAlreadyStopped"));
    await recordEvent(tx, {
      kind: "RECURRENCE_CHANGED",
      actorId: actor.id,
      at: now,
      directiveId: recurrence.directiveId,
      payload: {
        op: "STOPPED",
        recurrenceId: recurrence.id,
        title: recurrence.title,
        leadUnitId: recurrence.leadUnitId,
        frequency: recurrence.frequency,
      },
    });
    return { id: recurrence.id, stoppedAt: now };
  });
}
