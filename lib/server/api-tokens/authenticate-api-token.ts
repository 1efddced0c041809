import "server-only";
import { toCurrentActor, type TCurrentActor } from "@/lib/server/auth/to-current-actor";
import { db } from "@/lib/server/db/prisma";
import { API_TOKEN_PREFIX, hashApiToken } from "./token-secret";

/** lastUsedAt is a hint for the owner, not an audit trail: write it at most once a minute. */
const LAST_USED_RESOLUTION_MS = 60_000;

export type TTokenInfo = { id: string; name: string; prefix: string; expiresAt: Date };

/**
 * The actor a bearer token stands for, built exactly like getCurrentActor builds it from a
 * session: unit and roles fresh from the database on every request, so a moved person or a
 * withdrawn role takes effect at once. Null for an unknown, revoked or expired token and for
 * an inactive owner; the caller answers 401 without saying which.
 */
export async function authenticateApiToken(token: string, now: Date): Promise<{ actor: TCurrentActor; token: TTokenInfo } | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: { include: { unit: { select: { name: true, path: true } } } } },
  });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime() || !row.user.isActive) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return {
    actor: toCurrentActor(row.user),
    token: { id: row.id, name: row.name, prefix: row.prefix, expiresAt: row.expiresAt },
  };
}
