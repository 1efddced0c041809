import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * Schedules a signal check, no later than its earliest possible change and no earlier than
 * `at`, for every task that may have a time-based signal (SQL function
 * schedule_signal_checks, migration incremental_signal_checks). For what moves every such
 * moment at once: a calendar or policy change, and data written without a refresh (an import,
 * a bulk load). Returns how many tasks it brought forward.
 */
export async function scheduleSignalChecks(client: Prisma.TransactionClient, at: Date): Promise<number> {
  const [row] = await client.$queryRawUnsafe<{ n: bigint | number }[]>(
    `SELECT "schedule_signal_checks"($1::timestamp(3)) AS n`,
    at,
  );
  return Number(row.n);
}
