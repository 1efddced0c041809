import { isWithinUnit } from "../access/is-within-unit";
import { isUnitHead, type TActor } from "../access/roles";

export type TInspectionKind = "PLANNED" | "SURPRISE";
export type TInspectionStatus = "PLANNED" | "IN_PROGRESS" | "CONCLUDED";

/** What the rule needs to know about an inspection. */
export type TInspectionReach = {
  kind: TInspectionKind;
  status: TInspectionStatus;
  inspectingUnitPath: string;
  inspectedUnitPath: string;
  /** The team: the lead and the members. */
  teamUserIds: readonly string[];
  leadUserId: string;
  startedAt: Date | null;
  concludedAt: Date | null;
};

/**
 * How far an actor reaches into an inspection at `now`:
 * - "none": they may not know it exists (404, like a missing one);
 * - "inspected": the inspected unit (its staff, its head, the heads above it) sees it, the
 *   conclusion only once issued, and a surprise inspection only once it has started: an
 *   announced surprise is no surprise (1251/BHXH-TCCB);
 * - "inspecting": the team, the heads of the inspecting unit (or above it), TCCB and admins.
 * An inspector is not thereby sector-wide here: outside the team they see nothing.
 */
export type TInspectionAccess = "none" | "inspected" | "inspecting";

export function inspectionAccess(actor: TActor, i: TInspectionReach, now: Date): TInspectionAccess {
  if (isOverseer(actor)) return "inspecting";
  if (i.teamUserIds.includes(actor.id)) return "inspecting";
  if (isUnitHead(actor) && isWithinUnit(i.inspectingUnitPath, actor.unitPath)) return "inspecting";
  if (!isOfInspectedUnit(actor, i.inspectedUnitPath)) return "none";
  if (i.kind === "SURPRISE" && !hasHappened(i.startedAt, now)) return "none";
  return "inspected";
}

/** TCCB leads the monitoring and inspection of every unit; admins run the product. */
export function isOverseer(actor: Pick<TActor, "roles">): boolean {
  return actor.roles.includes("TCCB_MONITOR") || actor.roles.includes("ADMIN");
}

/** The inspected unit's own people, and the heads of the units above it. */
export function isOfInspectedUnit(actor: TActor, inspectedUnitPath: string): boolean {
  if (actor.unitPath === inspectedUnitPath) return true;
  return isUnitHead(actor) && isWithinUnit(inspectedUnitPath, actor.unitPath);
}

/** Whether the reader sees the conclusion: the inspecting side always, the inspected unit once issued. */
export function canSeeConclusion(access: TInspectionAccess, i: Pick<TInspectionReach, "concludedAt">, now: Date) {
  if (access === "inspecting") return true;
  return access === "inspected" && hasHappened(i.concludedAt, now);
}

/**
 * Whether the actor may, through this inspection, read the inspected unit's work as its head
 * can: the team, while the inspection is under way (started, not concluded), and no longer.
 */
export function canReadInspectedWork(actor: Pick<TActor, "id">, i: TInspectionReach, now: Date): boolean {
  return i.teamUserIds.includes(actor.id) && hasHappened(i.startedAt, now) && !hasHappened(i.concludedAt, now);
}

/** Who may change the inspection (its fields, team, status): the lead, the inspecting unit's heads, TCCB, admins. */
export function canManageInspection(actor: TActor, i: TInspectionReach): boolean {
  if (isOverseer(actor) || actor.id === i.leadUserId) return true;
  return isUnitHead(actor) && isWithinUnit(i.inspectingUnitPath, actor.unitPath);
}

function hasHappened(at: Date | null, now: Date): boolean {
  return at !== null && at.getTime() <= now.getTime();
}

/**
 * Who may plan and open inspections on behalf of an inspecting unit: TCCB and admins for any
 * unit, an inspector for their own unit, a head for their unit or one below it.
 */
export function canInspectFrom(actor: TActor, inspectingUnitPath: string): boolean {
  if (isOverseer(actor)) return true;
  if (actor.roles.includes("INSPECTOR") && actor.unitPath === inspectingUnitPath) return true;
  return isUnitHead(actor) && isWithinUnit(inspectingUnitPath, actor.unitPath);
}
