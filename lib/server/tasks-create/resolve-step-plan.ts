import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import { endOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import { checkTaskDeadlines } from "@/lib/domain/templates/check-task-deadlines";
import { isTemplateUsableFor } from "@/lib/domain/templates/is-template-usable-for";
import { canOwnPlannedStep } from "@/lib/domain/workflow/can-own-planned-step";
import type { TCreateTask } from "@/lib/schemas/task";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

type TPlanInput = Pick<TCreateTask, "templateId" | "steps" | "deadline">;

/**
 * Turns the template and the head's choices into the task's steps: one per template step, in
 * order, each with exactly one accountable person (active, in the lead unit or below it) and
 * a deadline that passes checkTaskDeadlines. Every problem is reported on its own field
 * ("steps.2.ownerId") so the form can show it in place. Returns the rows and the warnings.
 */
export async function resolveStepPlan(
  tx: Prisma.TransactionClient,
  input: TPlanInput,
  leadUnit: { path: string },
  context: { today: TLocalDate; parentDeadline: TLocalDate | null },
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
  const check = checkTaskDeadlines({
    ...context,
    deadline: input.deadline,
    stepDeadlines: input.steps.map((s) => s.deadline),
  });
  const fieldErrors: Record<string, Array<string | TMessage>> = { ...check.fieldErrors };
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
  const steps = template.steps.map((t, i) => {
    const owner = ownerById.get(input.steps[i].ownerId)!;
    return {
      order: i + 1,
      name: t.name,
      kind: t.kind,
      ownerId: owner.id,
      unitId: owner.unitId,
      deadline: endOfLocalDay(input.steps[i].deadline),
    };
  });
  return { steps, warnings: check.warnings };
}
