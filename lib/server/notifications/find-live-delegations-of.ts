import "server-only";
import { localDateOf } from "@/lib/domain/calendar";
import type { TLiveDelegation } from "@/lib/domain/delegations/deputy-recipients-of";
import type { Prisma } from "@/lib/server/db/prisma";
import { dayValue } from "@/lib/server/delegations/find-deputy-grants";

/** The delegations of `principalIds` live on the local day of `at`, to active deputies (one indexed read). */
export async function findLiveDelegationsOf(
  tx: Prisma.TransactionClient,
  principalIds: readonly string[],
  at: Date,
): Promise<TLiveDelegation[]> {
  const day = dayValue(localDateOf(at));
  return tx.delegation.findMany({
    where: {
      principalId: { in: [...new Set(principalIds)] },
      revokedAt: null,
      startsOn: { lte: day },
      endsOn: { gte: day },
      deputy: { isActive: true },
    },
    select: { principalId: true, deputyId: true, scope: true },
  });
}
