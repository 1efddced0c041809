import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRevokeApiToken } from "@/lib/schemas/api/api-token";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";

/**
 * Revokes one of the actor's own tokens; it is refused from the next request on. Someone
 * else's token is NOT_FOUND, like a missing one. Revoking twice keeps the first time. The
 * revocation goes into the audit trail (API_TOKEN_REVOKED) with it, once.
 */
export async function revokeApiToken(actor: TActor, input: TRevokeApiToken, now: Date) {
  const token = await db.apiToken.findFirst({
    where: { id: input.tokenId, userId: actor.id },
    select: { id: true, name: true, prefix: true, revokedAt: true },
  });
  if (!token) throw new DomainError("NOT_FOUND", msg("errors.apiTokenNotFound"));
  if (!token.revokedAt) {
    await db.$transaction(async (tx) => {
      const revoked = await tx.apiToken.updateMany({
        where: { id: token.id, revokedAt: null },
        data: { revokedAt: now },
      });
      if (revoked.count === 0) return; // revoked meanwhile by another request, which recorded it
      await recordEvent(tx, {
        kind: "API_TOKEN_REVOKED",
        actorId: actor.id,
        at: now,
        payload: { tokenId: token.id, name: token.name, prefix: token.prefix },
      });
    });
  }
  return db.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { id: true, revokedAt: true } });
}
