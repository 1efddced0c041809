import "server-only";
import { msg } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Refuses a unit code another unit already has. Every unit write holds the tree lock
 * (lockUnitTree), so no other write can take the code between this read and the insert; the
 * unique index stays the last guard.
 */
export async function assertUnitCodeFree(tx: Prisma.TransactionClient, code: string, exceptId?: string) {
  const holder = await tx.unit.findUnique({ where: { code }, select: { id: true, name: true } });
  if (holder && holder.id !== exceptId) {
    const message = msg("errors.unitCodeTaken", { code, name: holder.name });
    throw new DomainError("CONFLICT", message, { code: [message] });
  }
}
