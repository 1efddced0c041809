import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canReadInspectedWork } from "@/lib/domain/inspections/inspection-access";
import { DomainError } from "@/lib/server/errors/domain-error";
import { getInspectionOrThrow } from "./get-inspection-or-throw";
import { reachOf } from "./inspection-select";

/**
 * The actor as whom a team member reads the inspected unit's work: its head, and no more (no
 * sector-wide role, whatever the member holds). Every read of the inspected unit's tasks then
 * goes through the ordinary task scope (taskScopeWhere, getTaskOrThrow) with this actor, so
 * the team reads exactly what the head can. Only the team, and only while the inspection is
 * under way; otherwise FORBIDDEN (or NOT_FOUND for an inspection the actor may not know of).
 */
export async function inspectedWorkActor(actor: TActor, inspectionId: string, now: Date): Promise<TActor> {
  const inspection = await getInspectionOrThrow(actor, inspectionId, now);
  if (!canReadInspectedWork(actor, reachOf(inspection), now))
    throw new DomainError("FORBIDDEN", msg("errors.inspectionNotInProgress"));
  return asInspectedUnitHead(actor, inspection.inspectedUnit);
}

/** The actor, seen with the inspected unit's head's reach and nothing else. */
export function asInspectedUnitHead(actor: Pick<TActor, "id">, unit: { id: string; path: string }): TActor {
  return { id: actor.id, unitId: unit.id, unitPath: unit.path, roles: ["STAFF", "UNIT_HEAD"] };
}
