import "server-only";
import { db } from "@/lib/server/db/prisma";
import { authenticate, type TAuthenticatedUser } from "./authenticate";
import { findSignInThrottle } from "./find-sign-in-throttle";
import { recordSignInFailure } from "./record-sign-in-failure";
import { signInAccountKey } from "./sign-in-account-key";
import { openTotpSecret } from "./totp-secret-box";
import { verifyTotpCode } from "./verify-totp-code";

export type TSignInOutcome =
  | { ok: true; user: TAuthenticatedUser }
  | { ok: false; reason: "credentials" | "totp-required" | "totp-wrong" }
  | { ok: false; reason: "throttled"; minutes: number };

/**
 * A sign-in with e-mail, password and, for a person who enrolled a second factor, the code of
 * their authenticator app, from the client address `ip` (null when no trusted proxy reports it).
 * While the account or the address is throttled (lib/domain/auth/sign-in-throttle.ts) the
 * attempt is refused before the password is even compared, a right one included, and the
 * refusal itself is not counted: waiting always ends it. A wrong password or a wrong code is
 * counted and audited; a right password without a code only asks for the code. A success clears
 * the account's failures.
 */
export async function signInWithPassword(
  input: { email: string; password: string; totp?: string; ip: string | null },
  now: Date,
): Promise<TSignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const accountKey = signInAccountKey(email);
  const throttle = await findSignInThrottle(db, accountKey, input.ip, now);
  if (!throttle.allowed) return { ok: false, reason: "throttled", minutes: throttle.retryAfterMinutes };
  const user = await authenticate(email, input.password);
  if (!user) {
    const known = await db.user.findUnique({ where: { email }, select: { id: true } });
    await recordSignInFailure({ accountKey, ip: input.ip, userId: known?.id ?? null, factor: "password" }, now);
    return { ok: false, reason: "credentials" };
  }
  const factor = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpSecret: true, totpLastStep: true },
  });
  if (factor.totpSecret) {
    if (!input.totp) return { ok: false, reason: "totp-required" };
    const secret = openTotpSecret(factor.totpSecret);
    const step = secret ? await verifyTotpCode(secret, input.totp, factor.totpLastStep, now) : null;
    // Conditional on the step read: the same code sent twice at once signs in only once.
    const used =
      step !== null &&
      (
        await db.user.updateMany({
          where: { id: user.id, totpLastStep: factor.totpLastStep },
          data: { totpLastStep: step },
        })
      ).count === 1;
    if (!used) {
      await recordSignInFailure({ accountKey, ip: input.ip, userId: user.id, factor: "totp" }, now);
      return { ok: false, reason: "totp-wrong" };
    }
  }
  await db.signInFailure.deleteMany({ where: { accountKey } });
  return { ok: true, user };
}
