import "server-only";
import { msg } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/** A checklist chosen for an inspection must exist and be in use (null: none yet). */
export async function checkChecklist(tx: Prisma.TransactionClient, checklistId: string | null) {
  if (checklistId === null) return;
  const found = await tx.checklist.findFirst({ where: { id: checklistId, archivedAt: null }, select: { id: true } });
  if (!found) {
    const message = msg("errors.checklistNotFound");
    throw new DomainError("INVALID_INPUT", message, { checklistId: [message] });
  }
}
