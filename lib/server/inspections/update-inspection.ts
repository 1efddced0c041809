import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canManageInspection } from "@/lib/domain/inspections/inspection-access";
import type { TUpdateInspection } from "@/lib/schemas/inspection";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { checkChecklist } from "./check-checklist";
import { checkInspectionTeam } from "./check-inspection-team";
import { dayOf } from "./day-of";
import { getInspectionOrThrow } from "./get-inspection-or-throw";
import { reachOf } from "./inspection-select";

const dateFields = ["periodFrom", "periodTo", "startsOn", "endsOn"] as const;

/**
 * Changes an inspection's fields or team, or starts it (PLANNED → IN_PROGRESS, which is when a
 * surprise inspection becomes visible to the inspected unit). Only the lead, the inspecting
 * unit's heads, TCCB and admins may; a concluded inspection is closed to change.
 */
export async function updateInspection(actor: TActor, id: string, input: TUpdateInspection, now: Date) {
  return db.$transaction(async (tx) => {
    const current = await getInspectionOrThrow(actor, id, now, tx);
    if (!canManageInspection(actor, reachOf(current)))
      throw new DomainError("FORBIDDEN", msg("errors.inspectionManageForbidden"));
    if (current.status === "CONCLUDED") throw new DomainError("INVALID_STATE", msg("errors.inspectionConcluded"));
    if (input.status && current.status !== "PLANNED")
      throw new DomainError("INVALID_STATE", msg("errors.inspectionStatusInvalid"));
    const merged = {
      periodFrom: input.periodFrom ?? iso(current.periodFrom),
      periodTo: input.periodTo ?? iso(current.periodTo),
      startsOn: input.startsOn ?? iso(current.startsOn),
      endsOn: input.endsOn ?? iso(current.endsOn),
    };
    if (merged.periodTo < merged.periodFrom || merged.endsOn < merged.startsOn)
      throw new DomainError("INVALID_INPUT", msg("errors.inspectionDatesInvalid"));
    const fields = Object.keys(input).filter((k) => input[k as keyof TUpdateInspection] !== undefined);
    if (input.leadUserId || input.memberUserIds) {
      const lead = input.leadUserId ?? reachOf(current).leadUserId;
      const members = input.memberUserIds ?? current.team.filter((m) => m.role === "MEMBER").map((m) => m.user.id);
      const team = await checkInspectionTeam(tx, lead, members, current.inspectedUnit.path);
      await tx.inspectionTeamMember.deleteMany({ where: { inspectionId: id } });
      await tx.inspectionTeamMember.createMany({ data: team.map((m) => ({ ...m, inspectionId: id })) });
    }
    if (input.checklistId !== undefined) await checkChecklist(tx, input.checklistId);
    const status = input.status ?? current.status;
    await tx.inspection.update({
      where: { id },
      data: {
        ...Object.fromEntries(dateFields.filter((f) => input[f]).map((f) => [f, dayOf(merged[f])])),
        ...(input.subject !== undefined ? { subject: input.subject } : {}),
        ...(input.checklistId !== undefined ? { checklistId: input.checklistId } : {}),
        ...(input.status ? { status, startedAt: now } : {}),
        version: { increment: 1 },
      },
    });
    await recordEvent(tx, {
      kind: "INSPECTION_UPDATED",
      actorId: actor.id,
      at: now,
      payload: { inspectionId: id, fields, previousStatus: current.status, status },
    });
    return { id };
  });
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
