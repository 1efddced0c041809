import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The unit tree is the sector's organisation: it decides every head's remit and every roll-up,
 * so only admins change it (a head who could re-parent units could widen their own remit).
 */
export function assertUnitAdmin(actor: Pick<TActor, "roles">): void {
  if (!actor.roles.includes("ADMIN")) throw new DomainError("FORBIDDEN", msg("errors.unitAdminOnly"));
}
