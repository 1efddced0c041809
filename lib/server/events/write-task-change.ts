import "server-only";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { isWriteConflictError } from "@/lib/server/errors/is-write-conflict-error";
import { refreshTaskSignals } from "@/lib/server/signals/refresh-task-signals";

type TTx = Prisma.TransactionClient;

/** Runs of a transaction that PostgreSQL rolled back for a deadlock or serialization failure. */
const MAX_ATTEMPTS = 4;

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
 * in opposite orders) rolled the whole transaction back, so it runs again, from its reads, up
 * to MAX_ATTEMPTS times with a short random pause: the caller sees a result, never that error.
 * `change` must therefore do nothing outside the transaction.
 */
export async function writeTaskChange<T>(now: Date, change: (tx: TTx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        touched.set(tx, new Set());
        const result = await change(tx);
        await refreshTaskSignals(tx, [...(touched.get(tx) ?? [])], now);
        return result;
      });
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isWriteConflictError(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
