import { isWithinUnit } from "@/lib/domain/access/is-within-unit";
import { isUnitHead, type TActor } from "@/lib/domain/access/roles";

/** The person a decision would concern, as the rule sees them: who, and in which unit (by path). */
export type TDecisionSubject = { id: string; unitPath: string };

/**
 * Who may record a review or commendation decision about whom (Công văn 1251: TCCB leads the
 * review and the praise, each head answers for their own unit): TCCB for anyone in the sector;
 * a unit head for the people of their unit's tree, never about themselves (nobody reviews or
 * commends themselves); nobody else, whatever other roles they hold (an administrator or an
 * inspector sees everything but decides nothing here).
 */
export function mayRecordDecision(actor: Pick<TActor, "id" | "unitPath" | "roles">, subject: TDecisionSubject) {
  if (actor.roles.includes("TCCB_MONITOR")) return true;
  if (!isUnitHead(actor)) return false;
  return subject.id !== actor.id && isWithinUnit(subject.unitPath, actor.unitPath);
}

/** Whether the actor may record a decision about anyone at all: the form's links and the page. */
export function mayRecordDecisions(actor: Pick<TActor, "roles">) {
  return actor.roles.includes("TCCB_MONITOR") || isUnitHead(actor);
}
