import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { unitsInTree } from "@/lib/server/access/units-in-tree";

/**
 * The person a head hands a step to (reassignment, or an upheld return): an active user in the
 * head's own unit or below it, and not the person who holds the step now. The head's remit is
 * checked against the database row, never against what the form offered.
 */
export async function loadNewOwner(tx: Prisma.TransactionClient, head: TActor, newOwnerId: string | undefined, currentOwnerId: string) {
  if (!newOwnerId) throw invalid(msg("errors.newOwnerMissing"));
  if (newOwnerId === currentOwnerId) throw invalid(msg("errors.newOwnerSameAsCurrent"));
  const user = await tx.user.findFirst({
    where: { id: newOwnerId, isActive: true, unit: unitsInTree(head.unitPath) },
    select: { id: true, unitId: true },
  });
  if (!user) throw invalid(msg("errors.newOwnerOutsideUnit"));
  return user;
}

function invalid(message: TMessage) {
  return new DomainError("INVALID_INPUT", message, { newOwnerId: [message] });
}
