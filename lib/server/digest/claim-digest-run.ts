import "server-only";
import type { Prisma } from "@/lib/server/db/prisma";

/**
 * Records the digest `key` (a day, or an ISO week) as under way in the caller's transaction and
 * says whether this caller got it. Another run of the same key, on this instance or another,
 * waits on the row until that transaction ends, then finds it and gets false: the messages go
 * once. A run that fails rolls its row back with its messages, so the next tick tries again.
 */
export async function claimDigestRun(tx: Prisma.TransactionClient, key: string, now: Date): Promise<boolean> {
  const n = await tx.$executeRawUnsafe(
    `INSERT INTO "DigestRun" ("day", "startedAt", "recipients") VALUES ($1, $2::timestamp(3), 0) ON CONFLICT ("day") DO NOTHING`,
    key,
    now,
  );
  return n === 1;
}
