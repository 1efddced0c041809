import "server-only";
import type { TActor } from "@/lib/domain/access/roles";

/** Heads enter the directives their unit receives; TCCB and admins keep the sector's register. */
export function canCreateDirective(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.some((r) => r === "UNIT_HEAD" || r === "TCCB_MONITOR" || r === "ADMIN");
}
