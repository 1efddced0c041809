import "server-only";
import { msg, type TMessage } from "@/lib/i18n/message";
import { endOfLocalDay, type TLocalDate } from "@/lib/domain/calendar";
import { checkTaskDeadlines } from "@/lib/domain/templates/check-task-deadlines";
import type { TCreateTask } from "@/lib/schemas/task";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { checkTemplateAndOwners } from "./check-template-and-owners";

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
  const { template, ownerById, ownerErrors } = await checkTemplateAndOwners(tx, input, leadUnit);
  const check = checkTaskDeadlines({
    ...context,
    deadline: input.deadline,
    stepDeadlines: input.steps.map((s) => s.deadline),
  });
  const fieldErrors: Record<string, Array<string | TMessage>> = { ...check.fieldErrors, ...ownerErrors };
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
