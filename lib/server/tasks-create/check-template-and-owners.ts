import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { canOwnPlannedStep } from "@/lib/domain/workflow/can-own-planned-step";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * The template a task (or a recurrence's instances) is laid out from, and the people named for
 * its steps: the template must be active and usable for the lead unit, with as many steps as
 * were chosen (else it was edited meanwhile); each owner must be able to own a step of a task
 * led by `leadUnit` (canOwnPlannedStep). A refused owner is reported on its step's own field
 * ("steps.2.ownerId") in `ownerErrors`, for the caller to add its own checks to.
 */
export async function checkTemplateAndOwners(
  tx: Prisma.TransactionClient,
  input: { templateId: string; steps: readonly { ownerId: string }[] },
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
  const ownerErrors: Record<string, TMessage[]> = {};
  input.steps.forEach((s, i) => {
    const owner = ownerById.get(s.ownerId);
    const ruling = canOwnPlannedStep(
      owner ? { isActive: owner.isActive, unitPath: owner.unit.path } : null,
      leadUnit.path,
    );
    if (!ruling.ok) ownerErrors[`steps.${i}.ownerId`] = [ruling.message];
  });
  return { template, ownerById, ownerErrors };
}
