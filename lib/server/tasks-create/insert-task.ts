import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { endOfLocalDay, localDateOf } from "@/lib/domain/calendar";
import { normalizeSearchText } from "@/lib/domain/search/normalize-search-text";
import type { TCreateTask } from "@/lib/schemas/task";
import { recordTaskEvent } from "@/lib/server/events/record-task-event";
import type { TTaskTx } from "@/lib/server/events/write-task-change";
import type { loadTaskOrigin } from "./load-task-origin";
import { resolveStepPlan } from "./resolve-step-plan";
import { resolveTaskUnits } from "./resolve-task-units";

/** Where the task comes from, already checked against the one who assigns it (loadTaskOrigin, or an inspection's conclusion). */
export type TTaskOrigin = Pick<Awaited<ReturnType<typeof loadTaskOrigin>>, "directive" | "parent" | "leadScope">;

/**
 * The one way a task is written, inside a task transaction: createTask's body, shared with the
 * conclusion of an inspection, whose recommendations become tasks under the same checks (the lead
 * unit inside `origin.leadScope`, one active owner per template step, the deadlines' rules) and
 * with the same events, so signals, dashboards and evaluation see them like any other task.
 */
export async function insertTask(
  tx: TTaskTx,
  actor: TActor,
  input: TCreateTask,
  now: Date,
  origin: TTaskOrigin,
  recurrence?: { id: string; period: string },
) {
  const { directive, parent, leadScope } = origin;
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
      evaluationWeight: input.evaluationWeight ?? null,
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
}
