import "server-only";
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
  const leadUnit = await tx.unit.findUnique({ where: { id: input.leadUnitId }, select: { id: true, name: true, path: true } });
  if (!leadUnit) throw new DomainError("INVALID_INPUT", "Đơn vị chủ trì không tồn tại.", { leadUnitId: ["Đơn vị chủ trì không tồn tại; chọn lại trong danh sách."] });
  if (parent && leadUnit.id === parent.leadUnit.id) {
    const message = `Nhiệm vụ con phải do một đơn vị cấp dưới của ${parent.leadUnit.name} chủ trì.`;
    throw new DomainError("INVALID_INPUT", message, { leadUnitId: [message] });
  }
  if (!leadUnit.path.startsWith(leadScope)) {
    throw new DomainError(
      "FORBIDDEN",
      parent
        ? `Nhiệm vụ con chỉ giao được cho đơn vị cấp dưới của ${parent.leadUnit.name} thuộc phạm vi bạn phụ trách.`
        : `Bạn chỉ giao được nhiệm vụ cho đơn vị mình và các đơn vị trực thuộc; ${leadUnit.name} nằm ngoài phạm vi đó.`,
      { leadUnitId: ["Đơn vị này nằm ngoài phạm vi bạn được giao nhiệm vụ."] },
    );
  }
  const found = await tx.unit.count({ where: { id: { in: input.coordinatingUnitIds } } });
  if (found !== input.coordinatingUnitIds.length) {
    throw new DomainError("INVALID_INPUT", "Có đơn vị phối hợp không tồn tại.", { coordinatingUnitIds: ["Có đơn vị phối hợp không tồn tại; chọn lại."] });
  }
  return leadUnit;
}
