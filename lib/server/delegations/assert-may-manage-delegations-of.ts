import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { DomainError } from "@/lib/server/errors/domain-error";

/** A person manages their own delegations; only an administrator manages someone else's. */
export function assertMayManageDelegationsOf(actor: TActor, principalId: string) {
  if (principalId !== actor.id && !actor.roles.includes("ADMIN")) {
    throw new DomainError("FORBIDDEN", msg("errors.delegationForOthersAdminOnly"));
  }
}
