import "server-only";
import { msg } from "@/lib/i18n/message";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { personAdminSelect } from "./person-admin-select";

/** A person as the administration reads them; NOT_FOUND otherwise. */
export async function getPersonForAdminOrThrow(tx: Prisma.TransactionClient, id: string) {
  const person = await tx.user.findUnique({ where: { id }, select: personAdminSelect });
  if (!person) throw new DomainError("NOT_FOUND", msg("errors.personNotFound"));
  return person;
}
