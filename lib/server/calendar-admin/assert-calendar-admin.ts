import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { DomainError } from "@/lib/server/errors/domain-error";

/** The calendar moves every deadline in the sector, so only admins may read its admin view or change it. */
export function assertCalendarAdmin(actor: Pick<TActor, "roles">): void {
  if (!actor.roles.includes("ADMIN")) {
    throw new DomainError("FORBIDDEN", msg("errors.calendarAdminOnly"));
  }
}
