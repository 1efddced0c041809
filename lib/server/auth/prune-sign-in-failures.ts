import "server-only";
import { ACCOUNT_LOOKBACK_MS } from "@/lib/domain/auth/sign-in-throttle";
import { db } from "@/lib/server/db/prisma";

/**
 * Deletes the sign-in failures no throttle reads any more (older than the account look-back, a
 * day): an hourly job (lib/server/jobs). The audit trail keeps the events of those failures.
 */
export async function pruneSignInFailures(now: Date): Promise<number> {
  const { count } = await db.signInFailure.deleteMany({
    where: { at: { lte: new Date(now.getTime() - ACCOUNT_LOOKBACK_MS) } },
  });
  return count;
}
