import "server-only";
import { db } from "@/lib/server/db/prisma";
import { authenticate, type TAuthenticatedUser } from "./authenticate";
import { findSignInThrottle } from "./find-sign-in-throttle";
import { recordSignInFailure } from "./record-sign-in-failure";
import { signInAccountKey } from "./sign-in-account-key";

export type TSignInOutcome =
  | { ok: true; user: TAuthenticatedUser }
  | { ok: false; reason: "credentials" }
  | { ok: false; reason: "throttled"; minutes: number };

/**
 * A sign-in with e-mail and password from the client address `ip` (null when no trusted proxy
 * reports it). While the account or the address is throttled (lib/domain/auth/sign-in-throttle.ts)
 * the attempt is refused before the password is even compared, a right one included, and the
 * refusal itself is not counted: waiting always ends it. A failure is counted and audited; a
 * success clears the account's failures.
 */
export async function signInWithPassword(
  input: { email: string; password: string; ip: string | null },
  now: Date,
): Promise<TSignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const accountKey = signInAccountKey(email);
  const throttle = await findSignInThrottle(db, accountKey, input.ip, now);
  if (!throttle.allowed) return { ok: false, reason: "throttled", minutes: throttle.retryAfterMinutes };
  const user = await authenticate(email, input.password);
  if (user) {
    await db.signInFailure.deleteMany({ where: { accountKey } });
    return { ok: true, user };
  }
  const known = await db.user.findUnique({ where: { email }, select: { id: true } });
  await recordSignInFailure({ accountKey, ip: input.ip, userId: known?.id ?? null, factor: "password" }, now);
  return { ok: false, reason: "credentials" };
}
