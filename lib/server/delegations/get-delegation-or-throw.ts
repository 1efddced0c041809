import "server-only";
import { msg } from "@/lib/i18n/message";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { delegationSelect } from "./find-delegations";

/** One delegation as lists show it, after a write that already checked who may see it. */
export async function getDelegationOrThrow(id: string) {
  const found = await db.delegation.findUnique({ where: { id }, select: delegationSelect });
  if (!found) throw new DomainError("NOT_FOUND", msg("errors.delegationNotFound"));
  return found;
}
