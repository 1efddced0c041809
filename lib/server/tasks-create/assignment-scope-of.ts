import "server-only";
import { isUnitHead, type TActor } from "@/lib/domain/access/roles";

/**
 * The part of the unit tree the actor may give tasks to, as a materialised-path prefix:
 * TCCB monitors the whole sector ("/", every path), a head their own unit and the units
 * below it. Null for everyone else, who cannot assign tasks at all. Sector-wide viewers
 * (inspectors, admins) watch and configure; they do not assign work.
 */
export function assignmentScopeOf(actor: Pick<TActor, "roles" | "unitPath">): string | null {
  if (actor.roles.includes("TCCB_MONITOR")) return "/";
  if (isUnitHead(actor)) return actor.unitPath;
  return null;
}
