import type { TTaskContext } from "./task-context.ts";
import { newId } from "./demo-model.ts";
import type { TDeadlinePlan } from "./plan-deadlines.ts";
import type { TWhen } from "./task-spec.ts";

const MINUTE = 60_000;

/**
 * An extension request on the open step, asked before its deadline. When approved the plan
 * already carries the moved deadline (planDeadlines); the original stays for reports.
 */
export function addExtension(
  ctx: TTaskContext,
  index: number,
  requesterId: string,
  plan: TDeadlinePlan,
  when: (w: TWhen) => Date,
): void {
  const { clock, spec, emit } = ctx;
  const ext = spec.extension!;
  const stepId = ctx.stepIds[index];
  const previousDeadline = clock.endOf(plan.original[index]);
  const requestedDeadline = clock.endOf(clock.shift(plan.original[index], ext.days));
  const requestedAt = when(ext);
  if (requestedAt >= previousDeadline) throw new Error(`Demo task ${spec.key}: extension asked after the deadline`);
  const decision = ext.decision;
  if ((ext.status === "PENDING") !== !decision) throw new Error(`Demo task ${spec.key}: extension decision mismatch`);
  const decidedAt = decision ? when(decision) : null;
  const decider = decision ? ctx.person(decision.by) : null;
  const requestId = newId();
  ctx.model.extensions.push({
    id: requestId,
    stepId,
    requesterId,
    reason: ext.reason,
    previousDeadline,
    requestedDeadline,
    status: ext.status,
    decidedById: decider?.id ?? null,
    decidedAt,
    decisionNote: decision?.note ?? null,
    createdAt: requestedAt,
  });
  const previous = { requestId, previousDeadline: previousDeadline.toISOString() };
  emit({
    at: requestedAt,
    kind: "EXTENSION_REQUESTED",
    actorId: requesterId,
    stepId,
    reason: ext.reason,
    payload: { ...previous, requestedDeadline: requestedDeadline.toISOString() },
  });
  if (!decision || !decidedAt || !decider) return;
  if (ext.status === "REJECTED") {
    emit({
      at: decidedAt,
      kind: "EXTENSION_REJECTED",
      actorId: decider.id,
      stepId,
      reason: decision.note,
      payload: previous,
    });
    return;
  }
  emit({
    at: decidedAt,
    kind: "EXTENSION_APPROVED",
    actorId: decider.id,
    stepId,
    reason: decision.note,
    payload: { ...previous, newDeadline: requestedDeadline.toISOString() },
  });
  // Later steps are re-planned from the new deadline, so the task's deadline moves too.
  emit({
    at: new Date(decidedAt.getTime() + MINUTE),
    kind: "TASK_UPDATED",
    actorId: decider.id,
    reason: decision.note,
    payload: {
      field: "deadline",
      previousDeadline: clock.endOf(plan.original.at(-1)!).toISOString(),
      newDeadline: clock.endOf(plan.current.at(-1)!).toISOString(),
    },
  });
}
