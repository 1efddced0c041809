import "server-only";
import type { TDb } from "@/lib/server/db/prisma";
import { refreshTaskSignals, type TRefreshResult } from "./refresh-task-signals";

/**
 * Refreshes the signals of every task, page by page, each page in its own transaction: for
 * data written without the write path (the demo seed, a restore), so that the signals that
 * only a write would raise (ping-pong, overruled returns, late or vague answers) exist too.
 * Every refresh also schedules the task's next check. Not for a running sector: the sweep
 * keeps that current from what is due.
 */
export async function backfillSignals(
  client: TDb,
  now: Date,
  batchSize = 200,
): Promise<TRefreshResult & { tasks: number }> {
  const total = { created: 0, updated: 0, closed: 0, tasks: 0 };
  let after = "";
  for (;;) {
    const ids = (
      await client.task.findMany({
        where: { id: { gt: after } },
        select: { id: true },
        orderBy: { id: "asc" },
        take: batchSize,
      })
    ).map((t) => t.id);
    if (ids.length === 0) break;
    const r = await client.$transaction((tx) => refreshTaskSignals(tx, ids, now), { timeout: 60_000, maxWait: 30_000 });
    total.created += r.created;
    total.updated += r.updated;
    total.closed += r.closed;
    total.tasks += ids.length;
    after = ids[ids.length - 1];
  }
  return total;
}
