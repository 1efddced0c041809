import type { TActor } from "../access/roles";

/**
 * Admins keep the sector-wide templates (unitId null) and may fix any unit's; a head edits
 * only the templates of their own unit. Everyone else uses templates but never changes them.
 */
export function canEditTemplate(actor: Pick<TActor, "unitId" | "roles">, template: { unitId: string | null }): boolean {
  if (actor.roles.includes("ADMIN")) return true;
  return actor.roles.includes("UNIT_HEAD") && template.unitId !== null && template.unitId === actor.unitId;
}
