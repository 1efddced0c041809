import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { retryOnWriteConflict } from "@/lib/server/errors/retry-on-write-conflict";
import { refreshTaskSignals } from "@/lib/server/signals/refresh-task-signals";

type TTx = Prisma.TransactionClient;

declare const taskTxBrand: unique symbol;
/**
 * A transaction that recomputes the signals of every task it records an event for before it
 * commits. Only writeTaskChange makes one, and only recordTaskEvent requires one, so a write
 * that records a task event shows in its types that it refreshes signals; a transaction
 * opened with `db.$transaction` cannot record one at all.
 */
export type TTaskTx = TTx & { readonly [taskTxBrand]: true };

// Tasks that a transaction recorded events for, so that their signals are recomputed before it
// commits, and who acted, so that a signal their own action raised is not notified to them.
const touched = new WeakMap<TTx, { tasks: Set<string>; actors: Set<string> }>();

export function markTaskTouched(tx: TTaskTx, taskId: string, actorId: string): void {
  const marks = touched.get(tx);
  if (!marks)
    throw new Error("A task event outside the transaction of writeTaskChange: its signals would not be refreshed.");
  marks.tasks.add(taskId);
  marks.actors.add(actorId);
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
export async function writeTaskChange<T>(
  now: Date,
  change: (tx: TTaskTx) => Promise<T>,
  // A write of thousands of tasks (an import, its undo) needs longer than Prisma's 5 s default.
  options?: { timeout: number; maxWait: number },
): Promise<T> {
  return retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const marks = { tasks: new Set<string>(), actors: new Set<string>() };
      touched.set(tx, marks);
      const result = await change(tx as TTaskTx);
      await refreshTaskSignals(tx, [...marks.tasks], now, [...marks.actors]);
      return result;
    }, options),
  );
}
