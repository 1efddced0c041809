import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TResetPassword } from "@/lib/schemas/password-reset";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assertPasswordPolicy } from "./assert-password-policy";
import { hashPassword } from "./hash-password";
import { hashPasswordResetToken } from "./password-reset-token";
import { signInAccountKey } from "./sign-in-account-key";

/**
 * Sets a new password with a reset link's token. The token is consumed by the same UPDATE that
 * checks it (unused, not expired at `now`, its account active), so two submissions of one link
 * cannot both succeed; the password changes in the same transaction, and the account's other
 * links stop working. A wrong, used or expired token gets one answer, and changes nothing. The
 * new password must meet the policy (a refusal rolls back, leaving the link usable); setting it
 * ends every session of the account (sessionVersion) and clears a pending "must change".
 */
export async function resetPassword(input: Pick<TResetPassword, "token" | "password">, now: Date): Promise<void> {
  const tokenHash = hashPasswordResetToken(input.token);
  // Hashed before the transaction: bcrypt takes tens of milliseconds.
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const consumed = await tx.$queryRaw<{ userId: string }[]>`
      UPDATE "PasswordResetToken" t SET "usedAt" = ${now}
      FROM "User" u
      WHERE t."tokenHash" = ${tokenHash} AND t."usedAt" IS NULL AND t."expiresAt" > ${now}
        AND u."id" = t."userId" AND u."isActive"
      RETURNING t."userId"`;
    if (consumed.length === 0) throw new DomainError("INVALID_STATE", msg("errors.passwordResetLinkInvalid"));
    const userId = consumed[0].userId;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    assertPasswordPolicy(input.password, user);
    // Whoever reads the account's mailbox may sign in again at once, even under a throttle.
    await tx.signInFailure.deleteMany({ where: { accountKey: signInAccountKey(user.email) } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  });
}
