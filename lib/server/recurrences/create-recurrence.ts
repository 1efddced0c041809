import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCreateRecurrence } from "@/lib/schemas/recurrence";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { assignmentScopeOf } from "@/lib/server/tasks-create/assignment-scope-of";
import { resolveTaskUnits } from "@/lib/server/tasks-create/resolve-task-units";
import { checkRecurrenceSteps } from "./check-recurrence-steps";
import { createDueInstances } from "./create-due-instances";

/**
 * Sets up a recurring task: whoever may assign a task led by that unit (assignmentScopeOf,
 * as createTask checks) may make it recur. The recurrence, its steps and a RECURRENCE_CHANGED
 * event are written together; then the instances already due (the current period when it is
 * within its lead time) are created at once, as the job would, so the head sees the task.
 */
export async function createRecurrence(actor: TActor, input: TCreateRecurrence, now: Date) {
  const id = await db.$transaction(async (tx) => {
    const scope = assignmentScopeOf(actor);
    if (!scope) throw new DomainError("FORBIDDEN", msg("errors.assignTasksForbidden"));
    const directive = await tx.directive.findUnique({ where: { id: input.directiveId }, select: { id: true } });
    if (!directive) throw new DomainError("NOT_FOUND", msg("errors.taskDirectiveNotFound"));
    const leadUnit = await resolveTaskUnits(tx, { leadUnitId: input.leadUnitId, coordinatingUnitIds: [] }, scope, null);
    const steps = await checkRecurrenceSteps(tx, input, leadUnit);
    const recurrence = await tx.taskRecurrence.create({
      data: {
        title: input.title,
        description: input.description || null,
        directiveId: directive.id,
        leadUnitId: leadUnit.id,
        templateId: input.templateId,
        priority: input.priority,
        frequency: input.frequency,
        deadlineRule: input.deadlineRule,
        deadlineDay: input.deadlineRule === "FIXED_DAY" ? input.deadlineDay : null,
        deadlineNextMonth: input.deadlineRule === "FIXED_DAY" && input.deadlineNextMonth,
        deadlineOffset: input.deadlineRule === "WORKING_DAYS_AFTER_PERIOD" ? input.deadlineOffset : null,
        leadDays: input.leadDays,
        startsOn: input.startsOn,
        createdById: actor.id,
        createdAt: now,
        steps: { create: steps },
      },
      select: { id: true },
    });
    await recordEvent(tx, {
      kind: "RECURRENCE_CHANGED",
      actorId: actor.id,
      at: now,
      directiveId: directive.id,
      payload: {
        op: "CREATED",
        recurrenceId: recurrence.id,
        title: input.title,
        leadUnitId: leadUnit.id,
        frequency: input.frequency,
      },
    });
    return recurrence.id;
  });
  // The recurrence is saved whatever happens next: a period that cannot be created now (its
  // checks are createTask's, which just passed) is logged and left to the job's next run.
  const created = await createDueInstances(id, now).catch((e: unknown) => {
    console.error(`[recurrences] không tạo ngay được nhiệm vụ của lần lặp ${id}:`, e);
    return [];
  });
  return { id, created: created.length };
}
