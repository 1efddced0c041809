import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { unitAdminSelect } from "./unit-admin-select";

/** A unit as the administration reads it, inside its transaction; NOT_FOUND names the field. */
export async function getUnitForAdminOrThrow(tx: Prisma.TransactionClient, id: string, field = "unitId") {
  const unit = await tx.unit.findUnique({ where: { id }, select: unitAdminSelect });
  if (!unit) {
    const message: TMessage = msg("errors.unitNotFound");
    throw new DomainError("NOT_FOUND", message, { [field]: [message] });
  }
  return unit;
}
