import { isWriteConflictError } from "./is-write-conflict-error";

/** Runs of a transaction that PostgreSQL rolled back for a deadlock or serialization failure. */
const MAX_ATTEMPTS = 4;

/**
 * Runs `transaction` again, up to MAX_ATTEMPTS times with a short random pause, when PostgreSQL
 * rolled it back for a deadlock or a serialization failure (two writes meeting on the same
 * roll-up cells or rows in opposite orders): it did nothing, so it may simply run again, from
 * its reads. `transaction` must therefore do nothing outside its transaction.
 */
export async function retryOnWriteConflict<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !isWriteConflictError(e)) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
