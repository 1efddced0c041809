import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TCreateTask } from "@/lib/schemas/task";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

/**
 * Checks the lead unit against the actor's remit (`leadScope`, see loadTaskOrigin): outside
 * it is FORBIDDEN (a head of BHXH Hà Nội cannot make BHXH Đà Nẵng lead), and a sub-task must be
 * led by a unit strictly below its parent's lead unit. Coordinating units must exist.
 */
export async function resolveTaskUnits(
  tx: Prisma.TransactionClient,
  input: Pick<TCreateTask, "leadUnitId" | "coordinatingUnitIds">,
  leadScope: string,
  parent: { leadUnit: { id: string; name: string } } | null,
) {
  const leadUnit = await tx.unit.findUnique({
    where: { id: input.leadUnitId },
    select: { id: true, name: true, path: true },
  });
  if (!leadUnit)
    throw new DomainError("INVALID_INPUT", msg("errors.leadUnitMissing"), {
      leadUnitId: [msg("errors.leadUnitMissingField")],
    });
  if (parent && leadUnit.id === parent.leadUnit.id) {
    const message = msg("errors.subtaskLeadBelowParent", { unit: parent.leadUnit.name });
    throw new DomainError("INVALID_INPUT", message, { leadUnitId: [message] });
  }
  if (!leadUnit.path.startsWith(leadScope)) {
    throw new DomainError(
      "FORBIDDEN",
      parent
        ? msg("errors.subtaskLeadOutsideScope", { unit: parent.leadUnit.name })
        : msg("errors.leadUnitOutsideScope", { unit: leadUnit.name }),
      { leadUnitId: [msg("errors.leadUnitOutsideScopeField")] },
    );
  }
  const found = await tx.unit.count({ where: { id: { in: input.coordinatingUnitIds } } });
  if (found !== input.coordinatingUnitIds.length) {
    throw new DomainError("INVALID_INPUT", msg("errors.coordinatingUnitMissing"), {
      coordinatingUnitIds: [msg("errors.coordinatingUnitMissingField")],
    });
  }
  return leadUnit;
}
