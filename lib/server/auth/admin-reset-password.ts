import "server-only";
import { randomInt } from "node:crypto";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { hashPassword } from "./hash-password";

// No look-alike characters (0/O, 1/l/I): the administrator reads it out or writes it down.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const TEMPORARY_LENGTH = 14;

/**
 * An administrator sets a temporary password for a person who lost theirs. The temporary one is
 * random (14 characters, about 80 bits), returned once to show the administrator, and never
 * stored in clear. Until the person chooses their own, nothing but that works (mustChangePassword,
 * enforced in get-current-actor.ts); every session they had ends (sessionVersion); outstanding
 * reset links stop working; their second factor is removed. Only administrators may do it, not on their own account (they use
 * the profile), and it goes into the audit trail.
 */
export async function adminResetPassword(
  actor: TActor,
  userId: string,
  now: Date,
): Promise<{ temporaryPassword: string }> {
  if (!actor.roles.includes("ADMIN")) throw new DomainError("FORBIDDEN", msg("errors.adminOnly"));
  if (userId === actor.id) throw new DomainError("INVALID_STATE", msg("errors.adminResetOwnPassword"));
  const temporaryPassword = Array.from({ length: TEMPORARY_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(
    "",
  );
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, isActive: true },
      // Account recovery: a lost phone is why people ask, so the second factor goes too; a role
      // that requires one sends the person through enrolment again after the password.
      data: {
        passwordHash,
        mustChangePassword: true,
        sessionVersion: { increment: 1 },
        totpSecret: null,
        totpEnabledAt: null,
        totpPendingSecret: null,
        totpLastStep: null,
      },
    });
    if (count === 0) throw new DomainError("NOT_FOUND", msg("errors.userNotFound"));
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    await recordEvent(tx, {
      kind: "PASSWORD_RESET_BY_ADMIN",
      actorId: actor.id,
      at: now,
      payload: { userId },
    });
  });
  return { temporaryPassword };
}
