import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import { msg } from "@/lib/i18n/message";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Units and people are imported by admins only, for the reason people are administered by
 * admins only (assert-people-admin.ts): a file sets roles, and roles are access.
 */
export function assertPeopleImporter(actor: Pick<TActor, "roles">): void {
  if (!actor.roles.includes("ADMIN")) throw new DomainError("FORBIDDEN", msg("errors.peopleImportAdminOnly"));
}

/** The backlog is imported by admins and the Personnel Department (TCCB), who monitor it. */
export function assertTaskImporter(actor: Pick<TActor, "roles">): void {
  if (!actor.roles.includes("ADMIN") && !actor.roles.includes("TCCB_MONITOR"))
    throw new DomainError("FORBIDDEN", msg("errors.importersOnly"));
}
