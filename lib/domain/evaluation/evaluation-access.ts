import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { hasSectorWideView, isUnitHead, type TActor } from "@/lib/domain/access/roles";

type TPerson = { id: string; unitPath: string; position?: "STAFF" | "DEPUTY_HEAD" | "HEAD" };

/** Who reads a person's evaluation: the person, a head of a unit above them, the sector-wide roles. */
export function mayReadEvaluation(actor: TActor, person: TPerson): boolean {
  return (
    actor.id === person.id ||
    hasSectorWideView(actor) ||
    (isUnitHead(actor) && isWithinUnit(person.unitPath, actor.unitPath))
  );
}

/**
 * Who assesses a person (marks, major errors, general criteria) and approves the result: a head
 * whose unit tree holds them, never the person themself. The head of a unit (position HEAD) is
 * assessed from a unit above theirs, not by someone of their own unit.
 */
export function mayAssessEvaluation(actor: TActor, person: TPerson): boolean {
  if (actor.id === person.id || !isUnitHead(actor) || !isWithinUnit(person.unitPath, actor.unitPath)) return false;
  return person.position !== "HEAD" || person.unitPath !== actor.unitPath;
}
