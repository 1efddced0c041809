import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TCreateRecurrence } from "@/lib/schemas/recurrence";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { checkTemplateAndOwners } from "@/lib/server/tasks-create/check-template-and-owners";

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
  const { template, ownerById, ownerErrors: fieldErrors } = await checkTemplateAndOwners(tx, input, leadUnit);
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
