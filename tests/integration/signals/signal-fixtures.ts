import { endOfLocalDay } from "../../../lib/domain/calendar";
import { retryOnWriteConflict } from "../../../lib/server/errors/retry-on-write-conflict";
import { refreshTaskSignals } from "../../../lib/server/signals/refresh-task-signals";
import { createTask } from "../../factories/create-task";
import type { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

/**
 * One clock for every signal test file. On PostgreSQL the files share a database and
 * sweepSignals refreshes every candidate task, other files' included: at the same `now` it
 * computes exactly what they do, so it never changes what they assert.
 */
export const now = new Date("2026-11-18T03:00:00Z");
export const pastDeadline = endOfLocalDay("2026-11-10");
export const futureDeadline = endOfLocalDay("2026-12-15");

export type TTree = Awaited<ReturnType<typeof createUnitTree>>;

/** A Đống Đa task whose only step, owned by the Đống Đa staff member, is overdue (no extension asked). */
export async function createOverdueTask(tree: TTree) {
  const task = await createTask(testDb.prisma, {
    leadUnitId: tree.units.dongDa.id,
    assignerId: tree.people.dongDaHead.id,
    steps: [{ owner: tree.people.dongDaStaff, deadline: pastDeadline, status: "IN_PROGRESS" }],
  });
  // Recent activity, so that the step is overdue but not stalled.
  await testDb.prisma.taskStep.update({ where: { id: task.steps[0].id }, data: { lastActivityAt: now } });
  return task;
}

/** The OVERDUE_NO_EXTENSION signal of a fresh overdue task, as refreshTaskSignals persists it. */
export async function createOverdueSignal(tree: TTree) {
  const task = await createOverdueTask(tree);
  // As the application refreshes: in a transaction run again if it meets another file's sweep.
  await retryOnWriteConflict(() => testDb.prisma.$transaction((tx) => refreshTaskSignals(tx, [task.id], now)));
  const signal = await testDb.prisma.signal.findFirstOrThrow({
    where: { taskId: task.id, kind: "OVERDUE_NO_EXTENSION" },
  });
  return { task, step: task.steps[0], signal };
}

export const signalEventsOf = (taskId: string) =>
  testDb.prisma.event.findMany({
    where: { taskId, kind: { in: ["SIGNAL_ANSWERED", "SIGNAL_ANSWER_ACCEPTED", "SIGNAL_ANSWER_REJECTED"] } },
    orderBy: { seq: "asc" },
  });
