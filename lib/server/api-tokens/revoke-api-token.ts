import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TRevokeApiToken } from "@/lib/schemas/api/api-token";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Revokes one of the actor's own tokens; it is refused from the next request on. Someone
 * else's token is NOT_FOUND, like a missing one. Revoking twice keeps the first time.
 */
export async function revokeApiToken(actor: TActor, input: TRevokeApiToken, now: Date) {
  const token = await db.apiToken.findFirst({ where: { id: input.tokenId, userId: actor.id }, select: { id: true, revokedAt: true } });
  if (!token) throw new DomainError("NOT_FOUND", "Không tìm thấy mã truy cập này.");
  if (!token.revokedAt) await db.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt: now } });
  return db.apiToken.findUniqueOrThrow({ where: { id: token.id }, select: { id: true, revokedAt: true } });
}
