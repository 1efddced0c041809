import { hasSectorWideView, isUnitHead, type TActor } from "../access/roles";

/**
 * Whether a template is in the actor's scope, as the template list shows them: sector-wide
 * roles see all; everyone sees the sector-wide templates and those of their unit and its
 * ancestors (which apply to them); a head also those of the units below. Anything else is
 * answered as if it did not exist (404), like every id out of scope.
 */
export function canSeeTemplate(
  actor: Pick<TActor, "unitPath" | "roles">,
  template: { unitId: string | null; unitPath: string | null },
): boolean {
  if (template.unitId === null || hasSectorWideView(actor)) return true;
  if (template.unitPath === null) return false;
  if (actor.unitPath.startsWith(template.unitPath)) return true;
  return isUnitHead(actor) && template.unitPath.startsWith(actor.unitPath);
}
