import type { TRollupItem, TRollupSignal } from "../../../lib/domain/rollups";
import type { TSignalKind } from "../../../lib/domain/signals";
import type { TDb } from "../../../lib/server/db/prisma";

/**
 * The same data as the SQL reads, loaded row by row for the pure rollUp: steps (or tasks) of
 * tasks not cancelled and signals of tasks not cancelled, in the unit subtree at `scopePath`.
 */
export async function loadRollupInputs(db: TDb, scopePath: string, level: "step" | "task" = "step") {
  const notCancelled = { status: { not: "CANCELLED" as const } };
  const inScope = { path: { startsWith: scopePath } };
  const items: TRollupItem[] =
    level === "step"
      ? (
          await db.taskStep.findMany({
            where: { task: notCancelled, unit: inScope },
            include: { task: { select: { directiveId: true } }, unit: { select: { path: true } } },
          })
        ).map((s) => ({
          id: s.id,
          taskId: s.taskId,
          directiveId: s.task.directiveId,
          personId: s.ownerId,
          unitId: s.unitId,
          unitPath: s.unit.path,
          deadline: s.deadline,
          originalDeadline: s.originalDeadline,
          completedAt: s.completedAt,
        }))
      : (
          await db.task.findMany({
            where: { ...notCancelled, leadUnit: inScope },
            include: { leadUnit: { select: { path: true } } },
          })
        ).map((t) => ({
          id: t.id,
          taskId: t.id,
          directiveId: t.directiveId,
          personId: null,
          unitId: t.leadUnitId,
          unitPath: t.leadUnit.path,
          deadline: t.deadline,
          originalDeadline: t.originalDeadline,
          completedAt: t.completedAt,
        }));
  const signals: (TRollupSignal & { directiveId: string })[] = (
    await db.signal.findMany({
      where: { task: notCancelled, unit: inScope },
      include: { task: { select: { directiveId: true } } },
    })
  ).map((s) => ({
    key: s.key,
    kind: s.kind as TSignalKind,
    subjectUserId: s.subjectUserId,
    unitId: s.unitId,
    taskId: s.taskId,
    stepId: s.stepId,
    consultationId: s.consultationId,
    since: s.since,
    countsAgainstPerson: s.countsAgainstPerson,
    directiveId: s.task.directiveId,
  }));
  return { items, signals };
}
