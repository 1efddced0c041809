import "server-only";
import type { TEventKind, TSignalEvent, TSignalInput } from "@/lib/domain/signals";
import type { Prisma } from "@/lib/server/db/prisma";

/** The event kinds the detectors read; SIGNAL_* events are about the signals themselves. */
const DETECTOR_EVENT_KINDS: TEventKind[] = [
  "DIRECTIVE_CREATED", "TASK_CREATED", "TASK_UPDATED", "TASK_COMPLETED",
  "STEP_ASSIGNED", "STEP_STARTED", "STEP_PROGRESS", "STEP_COMPLETED", "STEP_REASSIGNED",
  "STEP_RETURNED", "RETURN_UPHELD", "RETURN_OVERRULED",
  "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "EXTENSION_REJECTED", "ESCALATED",
  "CONSULTATION_REQUESTED", "CONSULTATION_ANSWERED", "CONSULTATION_MARKED_VAGUE",
  "CALENDAR_CHANGED", "TEMPLATE_CHANGED",
];

export type TLoadedSignalInput = {
  input: TSignalInput;
  /** The directive of each loaded task, for Signal.directiveId. */
  directiveIdOf: ReadonlyMap<string, string>;
};

/**
 * Everything detectSignals needs about `taskIds` and nothing else, closed under references
 * (every step of an event or consultation, every person and unit named in an explanation).
 * SIGNAL_* events are left out on purpose: answering a signal is not activity on the step,
 * so it must not reset the "stalled" clock (and the detectors do not know those kinds).
 */
export async function loadSignalInput(client: Prisma.TransactionClient, taskIds: readonly string[]): Promise<TLoadedSignalInput> {
  const ids = [...new Set(taskIds)];
  const tasks = await client.task.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, leadUnitId: true, status: true, directiveId: true },
  });
  const found = tasks.map((t) => t.id);
  const steps = await client.taskStep.findMany({
    where: { taskId: { in: found } },
    select: {
      id: true, taskId: true, name: true, kind: true, ownerId: true, unitId: true, status: true,
      deadline: true, originalDeadline: true, completedAt: true, lastActivityAt: true,
    },
  });
  const stepIds = steps.map((s) => s.id);
  const consultations = await client.consultation.findMany({
    where: { stepId: { in: stepIds } },
    select: {
      id: true, stepId: true, requesterId: true, targetUnitId: true, targetUserId: true, responseDeadline: true,
      answeredById: true, answeredAt: true, isVague: true, vagueReason: true, markedVagueAt: true,
    },
  });
  const extensionRequests = await client.extensionRequest.findMany({
    where: { stepId: { in: stepIds } },
    select: { id: true, stepId: true, requesterId: true, previousDeadline: true, requestedDeadline: true, status: true, createdAt: true },
  });
  const rawEvents = await client.event.findMany({
    where: {
      kind: { in: DETECTOR_EVENT_KINDS },
      OR: [{ taskId: { in: found } }, { stepId: { in: stepIds } }, { consultationId: { in: consultations.map((c) => c.id) } }],
    },
    select: { id: true, seq: true, at: true, kind: true, actorId: true, taskId: true, stepId: true, consultationId: true, payload: true, reason: true },
    orderBy: { seq: "asc" },
  });
  const events = rawEvents as TSignalEvent[];

  const userIds = new Set<string>();
  const unitIds = new Set<string>();
  const add = (set: Set<string>, id: unknown) => { if (typeof id === "string" && id) set.add(id); };
  for (const t of tasks) add(unitIds, t.leadUnitId);
  for (const s of steps) { add(userIds, s.ownerId); add(unitIds, s.unitId); }
  for (const c of consultations) { [c.requesterId, c.targetUserId, c.answeredById].forEach((id) => add(userIds, id)); add(unitIds, c.targetUnitId); }
  for (const r of extensionRequests) add(userIds, r.requesterId);
  for (const e of events) {
    add(userIds, e.actorId);
    const p = (e.payload ?? {}) as Record<string, unknown>;
    [p.from, p.to, p.returnedBy].forEach((id) => add(userIds, id));
    [p.fromUnitId, p.toUnitId].forEach((id) => add(unitIds, id));
  }
  const users = await client.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, name: true, unitId: true } });
  for (const u of users) add(unitIds, u.unitId);
  const units = await client.unit.findMany({ where: { id: { in: [...unitIds] } }, select: { id: true, name: true } });

  return {
    input: { tasks, steps, events, consultations, extensionRequests, users, units },
    directiveIdOf: new Map(tasks.map((t) => [t.id, t.directiveId])),
  };
}
