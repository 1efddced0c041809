import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { canOwnPlannedStep } from "@/lib/domain/workflow/can-own-planned-step";
import type { TCreateRecurrence } from "@/lib/schemas/recurrence";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The recurrence's steps as its instances will have them: one per template step, each with
 * one accountable person who may own a step of a task led by `leadUnit` (the same rules as
 * resolveStepPlan), reported on the step's own field ("steps.1.ownerId").
 */
export async function checkRecurrenceSteps(
  tx: Prisma.TransactionClient,
  input: Pick<TCreateRecurrence, "templateId" | "steps">,
  leadUnit: { path: string },
) {
  const template = await tx.processTemplate.findUnique({
    where: { id: input.templateId },
    select: {
      isActive: true,
      unit: { select: { path: true } },
      steps: { orderBy: { order: "asc" }, select: { name: true, kind: true } },
    },
  });
  if (!template || !template.isActive || !isTemplateUsableFor(template.unit?.path ?? null, leadUnit.path)) {
    throw new DomainError("INVALID_INPUT", msg("errors.templateNotUsable"), {
      templateId: [msg("errors.templateNotUsableField")],
    });
  }
  if (template.steps.length !== input.steps.length) {
    throw new DomainError("CONFLICT", msg("errors.templateJustEdited"));
  }
  const owners = await tx.user.findMany({
    where: { id: { in: input.steps.map((s) => s.ownerId) } },
    select: { id: true, isActive: true, unitId: true, unit: { select: { path: true } } },
  });
  const ownerById = new Map(owners.map((o) => [o.id, o]));
  const fieldErrors: Record<string, TMessage[]> = {};
  input.steps.forEach((s, i) => {
    const owner = ownerById.get(s.ownerId);
    const ruling = canOwnPlannedStep(
      owner ? { isActive: owner.isActive, unitPath: owner.unit.path } : null,
      leadUnit.path,
    );
    if (!ruling.ok) fieldErrors[`steps.${i}.ownerId`] = [ruling.message];
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new DomainError("INVALID_INPUT", msg("errors.invalidInput"), fieldErrors);
  }
  return template.steps.map((t, i) => ({
    order: i + 1,
    name: t.name,
    kind: t.kind,
    ownerId: input.steps[i].ownerId,
    unitId: ownerById.get(input.steps[i].ownerId)!.unitId,
    durationDays: input.steps[i].durationDays,
  }));
}
