import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";

/** The actor's own tokens, newest first, revoked and expired ones included (marked), never the hash. */
export async function findApiTokens(actor: TActor, now: Date) {
  const rows = await db.apiToken.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    take: 200,
  });
  return rows.map((t) => ({ ...t, isActive: !t.revokedAt && t.expiresAt.getTime() > now.getTime() }));
}

export type TApiTokenListItem = Awaited<ReturnType<typeof findApiTokens>>[number];
