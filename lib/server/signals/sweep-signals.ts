import "server-only";
import { db } from "@/lib/server/db/prisma";
import { retryOnWriteConflict } from "@/lib/server/errors/retry-on-write-conflict";
import { findDueSignalChecks } from "./find-due-signal-checks";
import { refreshTaskSignals, type TRefreshResult } from "./refresh-task-signals";

export type TSweepOptions = {
  /** Tasks refreshed per transaction; small enough not to hold a task's row lock long. */
  batchSize?: number;
};
export type TSweepResult = TRefreshResult & { tasks: number; batches: number };

/**
 * Brings the time-based signals (overdue, stalled, unanswered consultation, undecided) up to
 * date at `now`. They change with the passing of time, not with a write, at moments each
 * refresh records in Task.signalsCheckAt; the sweep refreshes only the tasks whose moment has
 * come, so its cost follows what changed since the last run, not the size of the sector.
 * Each batch is its own transaction, run again when it meets a write on the same roll-up
 * cells in the opposite order (retryOnWriteConflict); any other failure loses one batch, which
 * stays due.
 */
export async function sweepSignals(now: Date, options: TSweepOptions = {}): Promise<TSweepResult> {
  const batchSize = options.batchSize ?? 200;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const total: TSweepResult = { created: 0, updated: 0, closed: 0, tasks: 0, batches: 0 };
  for (;;) {
    const batch = await retryOnWriteConflict(() =>
      db.$transaction(
        async (tx) => {
          const ids = await findDueSignalChecks(tx, now, batchSize);
          return { ids, result: ids.length ? await refreshTaskSignals(tx, ids, now) : null };
        },
        { timeout: 60_000, maxWait: 30_000 },
      ),
    );
    if (!batch.result) break;
    total.created += batch.result.created;
    total.updated += batch.result.updated;
    total.closed += batch.result.closed;
    total.tasks += batch.ids.length;
    total.batches++;
    if (batch.ids.length < batchSize) break;
  }
  return total;
}
