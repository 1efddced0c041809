import "server-only";
import { db } from "@/lib/server/db/prisma";
import { RATE_WINDOW_MS } from "./rate-limit";

/**
 * Deletes the API rate windows that ended before `now` (by the windowStart index): a job every
 * few minutes (lib/server/jobs), so the table holds about one row per active caller.
 */
export async function pruneApiRateWindows(now: Date): Promise<number> {
  const { count } = await db.apiRateWindow.deleteMany({
    where: { windowStart: { lte: new Date(now.getTime() - RATE_WINDOW_MS) } },
  });
  return count;
}
