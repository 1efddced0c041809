import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { canInspectFrom } from "@/lib/domain/inspections/inspection-access";
import type { TCreateInspectionPlan } from "@/lib/schemas/inspection";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";

/** An inspecting unit's plan for a year (one per unit and year), with its event. */
export async function createInspectionPlan(actor: TActor, input: TCreateInspectionPlan, now: Date) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: input.inspectingUnitId }, select: { id: true, path: true } });
    if (!unit || !canInspectFrom(actor, unit.path))
      throw new DomainError("FORBIDDEN", msg("errors.inspectFromForbidden"));
    const taken = await tx.inspectionPlan.findUnique({
      where: { inspectingUnitId_year: { inspectingUnitId: unit.id, year: input.year } },
      select: { id: true },
    });
    if (taken) throw new DomainError("CONFLICT", msg("errors.inspectionPlanExists", { year: input.year }));
    const plan = await tx.inspectionPlan.create({
      data: { inspectingUnitId: unit.id, year: input.year, title: input.title, createdById: actor.id, createdAt: now },
      select: { id: true },
    });
    await recordEvent(tx, {
      kind: "INSPECTION_PLAN_CREATED",
      actorId: actor.id,
      at: now,
      payload: { planId: plan.id, inspectingUnitId: unit.id, year: input.year },
    });
    return plan;
  });
}
