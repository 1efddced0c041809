import { isWithinUnit } from "../access/is-within-unit";

/** A sector-wide template (no unit) serves every unit; a unit's template serves that unit and the units below it. */
export function isTemplateUsableFor(templateUnitPath: string | null, leadUnitPath: string): boolean {
  return templateUnitPath === null || isWithinUnit(leadUnitPath, templateUnitPath);
}
