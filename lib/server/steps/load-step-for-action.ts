import "server-only";
import { msg } from "@/lib/i18n/message";
import { canActOnTask } from "@/lib/domain/workflow/can-act-on-task";
import { canPerformStepAction } from "@/lib/domain/workflow/can-perform-step-action";
import type { TStepAction, TStepStatus } from "@/lib/domain/workflow/step-action";
import type { TActor } from "@/lib/domain/access/roles";
import { canViewTask, type TTaskReach } from "@/lib/domain/access/can-view-task";
import { withJsonTimestamps } from "@/lib/server/db/json-timestamp";
import type { Prisma, TaskStatus, TaskStep } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The step with its unit and task, and what canViewTask needs to know of the task (the units
 * it involves, its step owners, the people and units consulted), in one statement bounded by
 * the size of the task.
 */
const LOAD_SQL = `
SELECT json_build_object(
  'step', row_to_json(s),
  'unit', json_build_object('id', u."id", 'path', u."path", 'parentId', u."parentId"),
  'task', json_build_object('id', t."id", 'status', t."status", 'leadUnitId', t."leadUnitId"),
  'reach', json_build_object(
    'leadUnitPath', lu."path",
    'coordinatingUnitPaths', ARRAY(SELECT cu."path" FROM "TaskCoordinator" c JOIN "Unit" cu ON cu."id" = c."unitId" WHERE c."taskId" = t."id"),
    'stepUnitPaths', ARRAY(SELECT xu."path" FROM "TaskStep" x JOIN "Unit" xu ON xu."id" = x."unitId" WHERE x."taskId" = t."id"),
    'stepOwnerIds', ARRAY(SELECT x."ownerId" FROM "TaskStep" x WHERE x."taskId" = t."id"),
    'consultedUserIds', ARRAY(SELECT k."targetUserId" FROM "Consultation" k JOIN "TaskStep" x ON x."id" = k."stepId"
                              WHERE x."taskId" = t."id" AND k."targetUserId" IS NOT NULL),
    'consultedUnitPaths', ARRAY(SELECT ku."path" FROM "Consultation" k JOIN "TaskStep" x ON x."id" = k."stepId"
                                JOIN "Unit" ku ON ku."id" = k."targetUnitId" WHERE x."taskId" = t."id"))
)::text AS data
FROM "TaskStep" s
JOIN "Unit" u ON u."id" = s."unitId"
JOIN "Task" t ON t."id" = s."taskId"
JOIN "Unit" lu ON lu."id" = t."leadUnitId"
WHERE s."id" = $1`;

const STEP_TIMESTAMPS = ["deadline", "originalDeadline", "startedAt", "completedAt", "lastActivityAt", "createdAt"];

export type TStepForAction = TaskStep & {
  unit: { id: string; path: string; parentId: string | null };
  task: { id: string; status: TaskStatus; leadUnitId: string };
  /** The principal when the actor may act only as their deputy (canPerformStepAction); else null. */
  onBehalfOf: TActor | null;
};

/**
 * Who a write holds accountable, and its event's columns: the deputy is the actor of record,
 * the principal is the one the step's rows and signals name (lib/domain/delegations).
 */
export function actingAs(actor: TActor, step: Pick<TStepForAction, "onBehalfOf">): TActor {
  return step.onBehalfOf ?? actor;
}

export function eventActor(actor: TActor, step: Pick<TStepForAction, "onBehalfOf">) {
  return { actorId: actor.id, onBehalfOfId: step.onBehalfOf?.id ?? null };
}

/**
 * Inside the write's transaction: loads the step if the actor may see its task (canViewTask,
 * the rule task-scope.ts mirrors for lists; NOT_FOUND otherwise), refuses a stale version
 * (CONFLICT), then applies the action's rule (FORBIDDEN / INVALID_STATE). Returns the row the
 * write is based on.
 */
export async function loadStepForAction(
  tx: Prisma.TransactionClient,
  actor: TActor,
  ref: { stepId: string; expectedVersion: number },
  action: TStepAction,
  now: Date,
): Promise<TStepForAction> {
  const [row] = await tx.$queryRawUnsafe<{ data: string }[]>(LOAD_SQL, ref.stepId);
  const loaded = row
    ? (JSON.parse(row.data) as {
        step: Record<string, unknown>;
        unit: TStepForAction["unit"];
        task: TStepForAction["task"];
        reach: TTaskReach;
      })
    : null;
  if (!loaded || !canViewTask(actor, loaded.reach)) {
    throw new DomainError("NOT_FOUND", msg("errors.stepNotFound"));
  }
  const base = {
    ...(withJsonTimestamps(loaded.step, STEP_TIMESTAMPS) as unknown as TaskStep),
    unit: loaded.unit,
    task: loaded.task,
  };
  const onTask = canActOnTask(base.task);
  if (!onTask.ok) throw new DomainError(onTask.code, onTask.message);
  if (base.version !== ref.expectedVersion) {
    throw new DomainError("CONFLICT", msg("errors.stepJustUpdated"));
  }
  const ruling = canPerformStepAction(
    actor,
    { ownerId: base.ownerId, unitPath: base.unit.path, status: base.status as TStepStatus, deadline: base.deadline },
    action,
    now,
  );
  if (!ruling.ok) throw new DomainError(ruling.code, ruling.message);
  return { ...base, onBehalfOf: ruling.onBehalfOf };
}

/**
 * Writes the step only if nobody else wrote it since it was read (optimistic concurrency),
 * bumping its version, and returns the row as written (UPDATE … RETURNING, so no read after).
 * Under READ COMMITTED the second of two concurrent writers matches no row and gets CONFLICT
 * instead of overwriting the first.
 */
export async function updateStepIfUnchanged(
  tx: Prisma.TransactionClient,
  step: { id: string; version: number },
  data: Prisma.TaskStepUpdateManyMutationInput,
): Promise<TaskStep> {
  const rows = await tx.taskStep.updateManyAndReturn({
    where: { id: step.id, version: step.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (rows.length !== 1) {
    throw new DomainError("CONFLICT", msg("errors.stepJustUpdated"));
  }
  return rows[0];
}
