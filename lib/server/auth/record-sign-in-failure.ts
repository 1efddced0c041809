import "server-only";
import { db } from "@/lib/server/db/prisma";
import { findSignInThrottle } from "./find-sign-in-throttle";
import { recordSignInEvent } from "./record-sign-in-event";

/**
 * Counts one failed sign-in (a wrong password, or a wrong second-factor code after a right
 * password) and writes it to the audit trail; when this failure puts the account or the address
 * over its limit, the throttle is recorded too (SIGN_IN_THROTTLED, with how long it lasts).
 */
export async function recordSignInFailure(
  f: { accountKey: string; ip: string | null; userId: string | null; factor: "password" | "totp" },
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.signInFailure.create({ data: { accountKey: f.accountKey, ip: f.ip, at: now } });
    await recordSignInEvent(tx, { kind: "SIGN_IN_FAILED", at: now, payload: { userId: f.userId, factor: f.factor } });
    const next = await findSignInThrottle(tx, f.accountKey, f.ip, now);
    if (!next.allowed)
      await recordSignInEvent(tx, {
        kind: "SIGN_IN_THROTTLED",
        at: now,
        payload: { userId: f.userId, scope: next.scope, minutes: next.retryAfterMinutes },
      });
  });
}
