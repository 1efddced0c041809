import type { TTaskContext } from "./task-context.ts";
import type { TDeadlinePlan } from "./plan-deadlines.ts";
import type { TWhen } from "./task-spec.ts";
import { addExtension } from "./add-extension.ts";
import { lookup, newId } from "./demo-model.ts";

const MINUTE = 60_000;

type TOpenStep = {
  ownerId: string;
  unitId: string;
  status: "TODO" | "IN_PROGRESS" | "RETURNED";
  startedAt: Date | null;
};

/**
 * The step the task is waiting on: returns and the head's rulings (which may move it to
 * another person, even another unit), then the owner's start and progress notes, an
 * extension request and a manual escalation, each at the time the spec gives.
 */
export function buildOpenStep(ctx: TTaskContext, index: number, activatedAt: Date, plan: TDeadlinePlan): TOpenStep {
  const { clock, spec, emit } = ctx;
  const stepId = ctx.stepIds[index];
  const when = (w: TWhen): Date => {
    const at = clock.at(clock.day(w.on), w.at);
    if (at < activatedAt) throw new Error(`Demo task ${spec.key}: event at ${at.toISOString()} before its step opened`);
    return at;
  };
  let owner = ctx.person(spec.owners[index]);
  let status: TOpenStep["status"] = "TODO";
  let last = activatedAt;

  for (const h of spec.handovers ?? []) {
    const at = when(h);
    if (at < last) throw new Error(`Demo task ${spec.key}: handovers out of order`);
    last = at;
    if (h.kind === "RETURN") {
      emit({
        at,
        kind: "STEP_RETURNED",
        actorId: owner.id,
        stepId,
        reason: h.reason,
        payload: { from: owner.id, fromUnitId: owner.unitId },
      });
      status = "RETURNED";
      continue;
    }
    const head = ctx.person(h.by);
    if (h.kind === "OVERRULE") {
      emit({
        at,
        kind: "RETURN_OVERRULED",
        actorId: head.id,
        stepId,
        reason: h.reason,
        payload: { returnedBy: owner.id },
      });
    } else {
      // As the app records them: an upheld return carries the handover itself (no separate
      // STEP_REASSIGNED), so the ping-pong signal knows whose return moved the work.
      const to = ctx.person(h.to);
      emit({
        at,
        kind: h.kind === "UPHOLD" ? "RETURN_UPHELD" : "STEP_REASSIGNED",
        actorId: head.id,
        stepId,
        reason: h.reason,
        payload: { from: owner.id, to: to.id, fromUnitId: owner.unitId, toUnitId: to.unitId },
      });
      owner = to;
    }
    status = "TODO";
  }

  let startedAt: Date | null = null;
  if (status === "TODO" && spec.status !== "TODO") {
    startedAt = spec.startedOn ? when(spec.startedOn) : new Date(last.getTime() + 40 * MINUTE);
    emit({ at: startedAt, kind: "STEP_STARTED", actorId: owner.id, stepId, payload: {} });
    status = "IN_PROGRESS";
  }
  for (const p of spec.progress ?? []) {
    emit({ at: when(p), kind: "STEP_PROGRESS", actorId: owner.id, stepId, payload: { note: p.note } });
  }
  if (spec.extension) addExtension(ctx, index, owner.id, plan, when);
  if (spec.escalation) {
    const e = spec.escalation;
    const by = ctx.person(e.by);
    const at = when(e);
    const escalationId = newId();
    const toUnitId = lookup(ctx.model.unitByCode, e.to, "unit").id;
    // From the step's unit, as the app does: the matter belongs to where the work sits.
    ctx.model.escalations.push({
      id: escalationId,
      kind: "MANUAL",
      level: 1,
      taskId: ctx.taskId,
      stepId,
      fromUnitId: owner.unitId,
      toUnitId,
      raisedById: by.id,
      reason: e.reason,
      createdAt: at,
    });
    emit({
      at,
      kind: "ESCALATED",
      actorId: by.id,
      stepId,
      reason: e.reason,
      payload: { escalationId, fromUnitId: owner.unitId, toUnitId },
    });
  }
  return { ownerId: owner.id, unitId: owner.unitId, status, startedAt };
}
