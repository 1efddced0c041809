import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { taskScopeWhere } from "@/lib/server/access/task-scope";
import { unitsInTree } from "@/lib/server/access/units-in-tree";
import { db } from "@/lib/server/db/prisma";
import { inspectedWorkActor } from "./inspected-work-actor";

/** The events a finding about shirking, delay or evasion points at. */
const evidenceEventKinds = [
  "STEP_REASSIGNED",
  "STEP_RETURNED",
  "RETURN_UPHELD",
  "RETURN_OVERRULED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "EXTENSION_REJECTED",
  "ESCALATED",
  "CONSULTATION_MARKED_VAGUE",
] as const;

/**
 * What the finding form offers as evidence: the inspected unit's tasks, their steps and signals
 * as its head reads them (taskScopeWhere with inspectedWorkActor, the same scope checkFindingLinks
 * applies to what is sent), and the unit's people. Only the team, while the inspection is under
 * way (FORBIDDEN otherwise). Of the tasks' events, only the handovers, returns, extensions,
 * escalations and consultation verdicts are offered (the latest 200): the moments a finding on
 * shirking rests on; any other event of those tasks stays linkable over the API.
 */
export async function getFindingEvidenceOptions(actor: TActor, inspectionId: string, now: Date) {
  const asHead = await inspectedWorkActor(actor, inspectionId, now);
  const taskRows = await db.task.findMany({
    where: taskScopeWhere(asHead),
    select: { id: true, title: true, deadline: true },
    orderBy: [{ deadline: "desc" }, { id: "asc" }],
    take: 200,
  });
  // The steps and signals of the tasks offered (already within the head's scope), no others.
  const taskId = { in: taskRows.map((t) => t.id) };
  const [steps, signals, events, people] = await Promise.all([
    db.taskStep.findMany({
      where: { taskId },
      select: { id: true, order: true, name: true, taskId: true, owner: { select: { name: true } } },
      orderBy: [{ taskId: "asc" }, { order: "asc" }],
    }),
    db.signal.findMany({
      where: { taskId },
      select: { id: true, kind: true, taskId: true, resolvedAt: true, subjectUser: { select: { name: true } } },
      orderBy: [{ detectedAt: "desc" }, { id: "asc" }],
      take: 200,
    }),
    db.event.findMany({
      where: { taskId, kind: { in: [...evidenceEventKinds] } },
      select: { id: true, kind: true, taskId: true, at: true, actor: { select: { name: true } } },
      orderBy: [{ at: "desc" }, { id: "asc" }],
      take: 200,
    }),
    db.user.findMany({
      where: { unit: unitsInTree(asHead.unitPath) },
      select: { id: true, name: true, title: true, unit: { select: { name: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 300,
    }),
  ]);
  const titleOf = new Map(taskRows.map((t) => [t.id, t.title]));
  return {
    tasks: taskRows,
    steps: steps.map((s) => ({ ...s, taskTitle: titleOf.get(s.taskId) ?? "" })),
    signals: signals.map((s) => ({ ...s, taskTitle: titleOf.get(s.taskId) ?? "" })),
    events: events.map((e) => ({ ...e, taskTitle: titleOf.get(e.taskId ?? "") ?? "" })),
    people,
  };
}
