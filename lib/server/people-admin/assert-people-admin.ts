import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Accounts carry roles, and roles are access: a head who could create people or set roles
 * could make themself sector-wide or an admin. So only admins administer people, sector-wide;
 * heads see their people on their dashboards and hand steps over on them as before.
 */
export function assertPeopleAdmin(actor: Pick<TActor, "roles">): void {
  if (!actor.roles.includes("ADMIN")) throw new DomainError("FORBIDDEN", msg("errors.peopleAdminOnly"));
}
