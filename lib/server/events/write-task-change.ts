import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { retryOnWriteConflict } from "@/lib/server/errors/retry-on-write-conflict";
import { refreshTaskSignals } from "@/lib/server/signals/refresh-task-signals";

type TTx = Prisma.TransactionClient;

// Tasks that a transaction recorded events for, so that their signals are recomputed before it commits.
const touched = new WeakMap<TTx, Set<string>>();

export function markTaskTouched(tx: TTx, taskId: string | undefined): void {
  if (taskId) touched.get(tx)?.add(taskId);
}

/**
 * The transaction of every write to tasks and steps: runs the change, then recomputes the
 * accountability signals of each task it recorded an event for, in the same transaction, so a
 * bounce, an overruled return or a vague answer is flagged the moment it happens (and never
 * flagged for a change that rolled back). Time-based signals are kept current by the sweep.
 *
 * A deadlock or serialization failure (two writes meeting on the same roll-up cells or rows
 * in opposite orders) rolled the whole transaction back, so it runs again, from its reads
 * (retryOnWriteConflict): the caller sees a result, never that error. `change` must therefore
 * do nothing outside the transaction.
 */
export async function writeTaskChange<T>(now: Date, change: (tx: TTx) => Promise<T>): Promise<T> {
  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      touched.set(tx, new Set());
      const result = await change(tx);
      await refreshTaskSignals(tx, [...(touched.get(tx) ?? [])], now);
      return result;
    }));
}
