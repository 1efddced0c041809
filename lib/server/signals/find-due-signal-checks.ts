import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * Up to `limit` tasks whose signal check is due at `now`, earliest first, locked for the
 * calling transaction. SKIP LOCKED lets several app instances sweep at once, each taking
 * other tasks, and lets a sweep pass over a task that a write is changing (that write
 * refreshes it). Read through the partial index on signalsCheckAt: the cost is the number
 * of due tasks, not the size of the table.
 */
export async function findDueSignalChecks(tx: Prisma.TransactionClient, now: Date, limit: number): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "Task" WHERE "signalsCheckAt" IS NOT NULL AND "signalsCheckAt" <= $1::timestamp(3)
      ORDER BY "signalsCheckAt" LIMIT $2 FOR UPDATE SKIP LOCKED`,
    now,
    limit,
  );
  return rows.map((r) => r.id);
}
