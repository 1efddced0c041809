import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { endOfLocalDay, localDateOf } from "@/lib/domain/calendar";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TCreateTask } from "@/lib/schemas/task";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { loadTaskOrigin } from "./load-task-origin";
import { resolveStepPlan } from "./resolve-step-plan";
import { resolveTaskUnits } from "./resolve-task-units";

/**
 * Assigns a task under a directive (or splits a task into a sub-task): in one transaction,
 * the task with its search text, its coordinating units, one step per template step with
 * exactly one accountable person (the first waiting for its owner, the others pending), a
 * TASK_CREATED event and one STEP_ASSIGNED event per step. Warnings (a last step due after
 * the task) do not block; they are returned for the form to show. `recurrence` marks an
 * instance the recurring-tasks job creates (on the task and in its TASK_CREATED event); the
 * unique (recurrenceId, recurrencePeriod) makes a second instance of a period fail.
 */
export async function createTask(
  actor: TActor,
  input: TCreateTask,
  now: Date,
  recurrence?: { id: string; period: string },
) {
  return writeTaskChange(now, async (tx) => {
    const { directive, parent, leadScope } = await loadTaskOrigin(tx, actor, input);
    const leadUnit = await resolveTaskUnits(tx, input, leadScope, parent);
    const plan = await resolveStepPlan(tx, input, leadUnit, {
      today: localDateOf(now),
      parentDeadline: parent ? localDateOf(parent.deadline) : null,
    });
    const deadline = endOfLocalDay(input.deadline);
    const task = await tx.task.create({
      data: {
        title: input.title,
        point: input.point || null,
        description: input.description || null,
        expectedResult: input.expectedResult || null,
        directiveId: directive.id,
        parentTaskId: parent?.id ?? null,
        leadUnitId: leadUnit.id,
        assignerId: actor.id,
        templateId: input.templateId,
        priority: input.priority,
        deadline,
        originalDeadline: deadline,
        status: "OPEN",
        searchText: normalizeSearchText(input.title, input.description, input.point, directive.number),
        createdAt: now,
        recurrenceId: recurrence?.id ?? null,
        recurrencePeriod: recurrence?.period ?? null,
        coordinators: { create: input.coordinatingUnitIds.map((unitId) => ({ unitId })) },
      },
      select: { id: true },
    });
    await recordTaskEvent(tx, {
      kind: "TASK_CREATED",
      actorId: actor.id,
      at: now,
      taskId: task.id,
      directiveId: directive.id,
      payload: {
        point: input.point || null,
        leadUnitId: leadUnit.id,
        coordinatingUnitIds: input.coordinatingUnitIds,
        deadline: deadline.toISOString(),
        parentTaskId: parent?.id ?? null,
        templateId: input.templateId,
        ...(recurrence ? { recurrenceId: recurrence.id, recurrencePeriod: recurrence.period } : {}),
      },
    });
    for (const s of plan.steps) {
      const step = await tx.taskStep.create({
        data: {
          ...s,
          taskId: task.id,
          originalDeadline: s.deadline,
          status: s.order === 1 ? "TODO" : "PENDING",
          lastActivityAt: now,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordTaskEvent(tx, {
        kind: "STEP_ASSIGNED",
        actorId: actor.id,
        at: now,
        taskId: task.id,
        stepId: step.id,
        payload: { to: s.ownerId, toUnitId: s.unitId, deadline: s.deadline.toISOString() },
      });
    }
    return { id: task.id, warnings: plan.warnings };
  });
}
