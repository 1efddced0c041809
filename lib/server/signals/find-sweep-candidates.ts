import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

const DAY_MS = 24 * 60 * 60 * 1000;
const OPEN_STEP: Prisma.EnumStepStatusFilter<"TaskStep"> = { in: ["TODO", "IN_PROGRESS"] };

export type TSweepCursor = { afterTaskId: string | null; limit: number; changedSince?: Date; full?: boolean };

/**
 * The next page (by task id) of tasks whose signals may have changed by the passing of time,
 * found in SQL with cheap supersets of the detectors' conditions:
 * - an open step past its deadline (OVERDUE_NO_EXTENSION, UNDECIDED);
 * - an open step idle for at least `stalledAfterWorkingDays - 1` calendar days: working days
 *   never outnumber calendar days, and a local-date difference of N days spans more than
 *   N - 1 days of clock time, so no stalled step is missed (STALLED);
 * - an unanswered consultation past its response deadline (CONSULTATION_UNANSWERED);
 * - an open signal that may end or grow: any on a task not yet completed, and the state
 *   signals (STALLED, CONSULTATION_UNANSWERED) wherever they are;
 * - with `changedSince`, any task with an event since then (a safety net for writes that
 *   did not refresh their task's signals themselves).
 * Cancelled tasks are kept: refreshing them closes what they no longer justify.
 * With `full`, every task is a candidate (a backfill, e.g. after the demo seed or an import).
 */
export async function findSweepCandidates(
  client: Prisma.TransactionClient,
  now: Date,
  stalledAfterWorkingDays: number,
  cursor: TSweepCursor,
): Promise<string[]> {
  const idleSince = new Date(now.getTime() - Math.max(0, stalledAfterWorkingDays - 1) * DAY_MS);
  const conditions: Prisma.TaskWhereInput[] = [
    { steps: { some: { status: OPEN_STEP, deadline: { lt: now } } } },
    { steps: { some: { status: OPEN_STEP, lastActivityAt: { lt: idleSince } } } },
    { steps: { some: { consultations: { some: { answeredAt: null, responseDeadline: { lt: now } } } } } },
    { status: { not: "COMPLETED" }, signals: { some: { resolvedAt: null } } },
    { signals: { some: { resolvedAt: null, kind: { in: ["STALLED", "CONSULTATION_UNANSWERED"] } } } },
  ];
  if (cursor.changedSince) conditions.push({ events: { some: { at: { gte: cursor.changedSince } } } });
  const rows = await client.task.findMany({
    where: { ...(cursor.afterTaskId ? { id: { gt: cursor.afterTaskId } } : {}), ...(cursor.full ? {} : { OR: conditions }) },
    select: { id: true },
    orderBy: { id: "asc" },
    take: cursor.limit,
  });
  return rows.map((r) => r.id);
}
