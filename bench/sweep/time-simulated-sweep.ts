import type { PrismaClient } from "../../lib/server/db/generated/client.ts";
import { findDueSignalChecks } from "../../lib/server/signals/find-due-signal-checks.ts";
import { refreshTaskSignals } from "../../lib/server/signals/refresh-task-signals.ts";

class RolledBack extends Error {}

/**
 * What the sweep does at `at` (a moment ahead of the data), timed, then undone: the same
 * reads and writes, batch by batch, inside one transaction that is rolled back, so the data
 * set stays at the present for the next measurement. Commits of the real sweep (one per
 * batch) are the only work left out.
 */
export async function timeSimulatedSweep(prisma: PrismaClient, at: Date, batchSize = 500) {
  let tasks = 0;
  let batches = 0;
  let changed = 0;
  const started = performance.now();
  try {
    await prisma.$transaction(
      async (tx) => {
        for (;;) {
          const ids = await findDueSignalChecks(tx, at, batchSize);
          if (ids.length === 0) break;
          const r = await refreshTaskSignals(tx, ids, at);
          tasks += ids.length;
          batches++;
          changed += r.created + r.updated + r.closed;
        }
        throw new RolledBack();
      },
      { timeout: 900_000, maxWait: 10_000 },
    );
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  return { tasks, batches, changed, seconds: (performance.now() - started) / 1000 };
}
