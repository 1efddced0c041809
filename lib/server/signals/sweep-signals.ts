import "server-only";
import { db } from "@/lib/server/db/prisma";
import { findSweepCandidates } from "./find-sweep-candidates";
import { loadSignalSettings } from "./load-signal-settings";
import { refreshTaskSignals, type TRefreshResult } from "./refresh-task-signals";

export type TSweepOptions = {
  /** Tasks refreshed per transaction; small enough not to hold PGlite's single connection long. */
  batchSize?: number;
  /** Also refresh every task with an event at or after this instant (e.g. the previous sweep). */
  changedSince?: Date;
  /** Refresh every task, not only the candidates: a backfill for data written without refreshing. */
  full?: boolean;
};
export type TSweepResult = TRefreshResult & { tasks: number; batches: number };

/**
 * Brings the time-based signals (overdue, stalled, unanswered consultation, undecided) up to
 * date at `now`: they appear by the passing of time, not by a write, so no write refreshes
 * them. Candidates come from SQL (findSweepCandidates) page by page; each page is refreshed
 * in its own transaction, so a failure loses one page, not the sweep's earlier work.
 */
export async function sweepSignals(now: Date, options: TSweepOptions = {}): Promise<TSweepResult> {
  const batchSize = options.batchSize ?? 100;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const settings = await loadSignalSettings(db);
  const total: TSweepResult = { created: 0, updated: 0, closed: 0, tasks: 0, batches: 0 };
  let afterTaskId: string | null = null;
  for (;;) {
    const ids = await findSweepCandidates(db, now, settings.policy.stalledAfterWorkingDays, {
      afterTaskId, limit: batchSize, changedSince: options.changedSince, full: options.full,
    });
    if (ids.length === 0) break;
    const r = await db.$transaction((tx) => refreshTaskSignals(tx, ids, now, settings), { timeout: 60_000, maxWait: 30_000 });
    total.created += r.created;
    total.updated += r.updated;
    total.closed += r.closed;
    total.tasks += ids.length;
    total.batches++;
    afterTaskId = ids[ids.length - 1];
    if (ids.length < batchSize) break;
  }
  return total;
}
