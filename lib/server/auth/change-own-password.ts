import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TChangePassword } from "@/lib/schemas/change-password";
import type { TCurrentActor } from "@/lib/server/auth/get-current-actor";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { assertPasswordPolicy } from "./assert-password-policy";
import { hashPassword, verifyPassword } from "./hash-password";

/**
 * The signed-in person sets a new password, proving it is them with the current one. It must
 * meet the policy and differ from the current one. The account's sessionVersion is raised in
 * the same UPDATE, which ends every other session of the person (the caller reissues this
 * browser's); outstanding reset links stop working, a pending "must change" is cleared, and the
 * change goes into the audit trail. Returns the new sessionVersion. A refusal changes nothing.
 */
export async function changeOwnPassword(
  actor: TCurrentActor,
  input: TChangePassword,
  now: Date,
): Promise<{ id: string; sessionVersion: number }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    const wrong = msg("errors.currentPasswordWrong");
    throw new DomainError("INVALID_INPUT", wrong, { currentPassword: [wrong] });
  }
  assertPasswordPolicy(input.password, user);
  if (await verifyPassword(input.password, user.passwordHash)) {
    const same = msg("errors.passwordSameAsCurrent");
    throw new DomainError("INVALID_INPUT", same, { password: [same] });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Conditional on the version read above: two changes racing cannot both succeed.
    const { count } = await tx.user.updateMany({
      where: { id: actor.id, sessionVersion: user.sessionVersion, isActive: true },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("CONFLICT", msg("errors.passwordChangedMeanwhile"));
    await tx.passwordResetToken.updateMany({ where: { userId: actor.id, usedAt: null }, data: { usedAt: now } });
    await recordEvent(tx, { kind: "PASSWORD_CHANGED", actorId: actor.id, at: now, payload: {} });
    return { id: actor.id, sessionVersion: user.sessionVersion + 1 };
  });
}
