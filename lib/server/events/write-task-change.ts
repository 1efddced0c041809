import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";
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
 */
export function writeTaskChange<T>(now: Date, change: (tx: TTx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    touched.set(tx, new Set());
    const result = await change(tx);
    await refreshTaskSignals(tx, [...(touched.get(tx) ?? [])], now);
    return result;
  });
}
