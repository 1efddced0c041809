import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRevokeDelegation } from "@/lib/schemas/delegation";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";

/**
 * Revokes a delegation: from the next request on, the deputy no longer sees or acts on the
 * principal's work. The principal (or an administrator) revokes; the deputy may also give it
 * up. Anyone else's delegation is NOT_FOUND, like a missing one. The row stays, with when and
 * by whom it was revoked, and a DELEGATION_REVOKED event, once.
 */
export async function revokeDelegation(actor: TActor, input: TRevokeDelegation, now: Date) {
  const isAdmin = actor.roles.includes("ADMIN");
  return db.$transaction(async (tx) => {
    const found = await tx.delegation.findFirst({
      where: {
        id: input.delegationId,
        ...(isAdmin ? {} : { OR: [{ principalId: actor.id }, { deputyId: actor.id }] }),
      },
    });
    if (!found) throw new DomainError("NOT_FOUND", msg("errors.delegationNotFound"));
    if (found.revokedAt) throw new DomainError("INVALID_STATE", msg("errors.delegationAlreadyRevoked"));
    const { count } = await tx.delegation.updateMany({
      where: { id: found.id, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id },
    });
    if (count !== 1) throw new DomainError("INVALID_STATE", msg("errors.delegationAlreadyRevoked"));
    await recordEvent(tx, {
      kind: "DELEGATION_REVOKED",
      actorId: actor.id,
      at: now,
      payload: { delegationId: found.id, principalId: found.principalId, deputyId: found.deputyId, scope: found.scope },
    });
    return tx.delegation.findUniqueOrThrow({ where: { id: found.id } });
  });
}
