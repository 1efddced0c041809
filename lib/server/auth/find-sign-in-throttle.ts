import "server-only";
import {
  ACCOUNT_LOOKBACK_MS,
  signInThrottle,
  THROTTLE_WINDOW_MS,
  type TSignInThrottle,
} from "@/lib/domain/auth/sign-in-throttle";
import type { Prisma, TDb } from "@/lib/server/db/prisma";

/**
 * Whether the account (`accountKey`) may try to sign in from `ip` at `now`, from the failures
 * in the database: every instance of the app reads the same rows, so a guesser gains nothing
 * by spreading over them. Without an address only the account counts.
 */
export async function findSignInThrottle(
  db: TDb | Prisma.TransactionClient,
  accountKey: string,
  ip: string | null,
  now: Date,
): Promise<TSignInThrottle> {
  const since = (ms: number) => ({ gt: new Date(now.getTime() - ms), lte: now });
  const [account, address] = await Promise.all([
    db.signInFailure.findMany({ where: { accountKey, at: since(ACCOUNT_LOOKBACK_MS) }, select: { at: true } }),
    ip ? db.signInFailure.findMany({ where: { ip, at: since(THROTTLE_WINDOW_MS) }, select: { at: true } }) : [],
  ]);
  return signInThrottle({ account: account.map((f) => f.at), address: address.map((f) => f.at) }, now);
}
