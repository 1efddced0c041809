import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canInspectFrom } from "@/lib/domain/inspections/inspection-access";
import type { TCreateInspection } from "@/lib/schemas/inspection";
import { db, type Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { checkChecklist } from "./check-checklist";
import { checkInspectionTeam } from "./check-inspection-team";
import { dayOf } from "./day-of";

/**
 * Opens an inspection: a planned one as an entry of its plan (the plan's unit inspects), a
 * surprise one in no plan. The inspection, its team and an INSPECTION_CREATED event are
 * written together.
 */
export async function createInspection(actor: TActor, input: TCreateInspection, now: Date) {
  return db.$transaction(async (tx) => {
    const inspecting = await inspectingUnitOf(tx, actor, input);
    if (!canInspectFrom(actor, inspecting.path)) throw new DomainError("FORBIDDEN", msg("errors.inspectFromForbidden"));
    const inspected = await tx.unit.findUnique({
      where: { id: input.inspectedUnitId },
      select: { id: true, path: true, closedAt: true },
    });
    if (!inspected || inspected.closedAt || inspected.id === inspecting.id) {
      const message = msg("errors.inspectionUnitInvalid");
      throw new DomainError("INVALID_INPUT", message, { inspectedUnitId: [message] });
    }
    const team = await checkInspectionTeam(tx, input.leadUserId, input.memberUserIds, inspected.path);
    await checkChecklist(tx, input.checklistId);
    const inspection = await tx.inspection.create({
      data: {
        kind: input.kind,
        planId: input.planId,
        inspectingUnitId: inspecting.id,
        inspectedUnitId: inspected.id,
        periodFrom: dayOf(input.periodFrom),
        periodTo: dayOf(input.periodTo),
        subject: input.subject,
        startsOn: dayOf(input.startsOn),
        endsOn: dayOf(input.endsOn),
        checklistId: input.checklistId,
        createdById: actor.id,
        createdAt: now,
        team: { create: team },
      },
      select: { id: true },
    });
    await recordEvent(tx, {
      kind: "INSPECTION_CREATED",
      actorId: actor.id,
      at: now,
      payload: {
        inspectionId: inspection.id,
        kind: input.kind,
        planId: input.planId,
        inspectingUnitId: inspecting.id,
        inspectedUnitId: inspected.id,
        leadUserId: input.leadUserId,
        memberUserIds: team.filter((m) => m.role === "MEMBER").map((m) => m.userId),
      },
    });
    return inspection;
  });
}

async function inspectingUnitOf(tx: Prisma.TransactionClient, actor: TActor, input: TCreateInspection) {
  if (input.planId) {
    const plan = await tx.inspectionPlan.findUnique({
      where: { id: input.planId },
      select: { inspectingUnit: { select: { id: true, path: true } } },
    });
    if (!plan) {
      const message = msg("errors.inspectionPlanNotFound");
      throw new DomainError("INVALID_INPUT", message, { planId: [message] });
    }
    return plan.inspectingUnit;
  }
  const unitId = input.inspectingUnitId ?? actor.unitId;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true } });
  if (!unit) throw new DomainError("FORBIDDEN", msg("errors.inspectFromForbidden"));
  return unit;
}
