import "server-only";
import type { TMessage } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canHandStepTo } from "@/lib/domain/workflow/can-hand-step-to";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The person a head hands a step to (reassignment, or an upheld return), as canHandStepTo
 * allows: an active user in the head's own unit or below it, and not the person who holds the
 * step now. The head's remit is checked against the database row, never against what the form
 * offered; a refusal points at the form's newOwnerId field.
 */
export async function loadNewOwner(
  tx: Prisma.TransactionClient,
  head: TActor,
  newOwnerId: string | undefined,
  currentOwnerId: string,
) {
  const user = newOwnerId
    ? await tx.user.findUnique({
        where: { id: newOwnerId },
        select: { id: true, unitId: true, isActive: true, unit: { select: { path: true } } },
      })
    : null;
  const ruling = canHandStepTo(
    head,
    currentOwnerId,
    newOwnerId,
    user && { id: user.id, isActive: user.isActive, unitPath: user.unit.path },
  );
  if (!ruling.ok) throw invalid(ruling.message);
  // canHandStepTo refuses when no user row was found, so `user` is set here.
  return { id: user!.id, unitId: user!.unitId };
}

function invalid(message: TMessage) {
  return new DomainError("INVALID_INPUT", message, { newOwnerId: [message] });
}
