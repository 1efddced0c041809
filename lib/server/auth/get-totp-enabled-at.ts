import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { db } from "@/lib/server/db/prisma";

/** Since when the actor's second factor is on; null when they have not enrolled. */
export async function getTotpEnabledAt(actor: TActor): Promise<Date | null> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { totpEnabledAt: true } });
  return user?.totpEnabledAt ?? null;
}
