import "server-only";
import { msg } from "@/lib/i18n/message";
import { movedUnitPath, unitMoveRefusal, type TUnitPlace } from "@/lib/domain/units/unit-move-refusal";
import type { Prisma } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";

const REFUSALS = {
  ROOT: "errors.unitMoveRoot",
  CYCLE: "errors.unitMoveCycle",
  SAME_PARENT: "errors.unitMoveSameParent",
  PARENT_CLOSED: "errors.unitParentClosed",
} as const;

/**
 * Puts `unit` and everything below it under `parent`, in the caller's transaction (which holds
 * the tree lock). Every path of the subtree swaps its prefix in one statement: a path ends with
 * its own unit's id, so no two rows can collide on the unique path mid-update. Then the tasks
 * whose scope included the unit (Task.scopeUnitIds, by its GIN index) are recounted, since
 * their ancestors changed; roll-ups are per unit and summed along paths when read, so they
 * follow the new tree without a rewrite.
 */
export async function moveUnitSubtree(
  tx: Prisma.TransactionClient,
  unit: TUnitPlace & { name: string },
  parent: TUnitPlace & { name: string; closedAt: Date | null },
): Promise<void> {
  const refusal = unitMoveRefusal(unit, parent);
  if (refusal) {
    const message = msg(REFUSALS[refusal], { name: unit.name, parent: parent.name });
    throw new DomainError(refusal === "PARENT_CLOSED" ? "INVALID_STATE" : "INVALID_INPUT", message, {
      parentId: [message],
    });
  }
  const newPath = movedUnitPath(unit, parent);
  await tx.$executeRaw`
    UPDATE "Unit"
       SET path = ${newPath} || substr(path, length(${unit.path}) + 1),
           "parentId" = CASE WHEN id = ${unit.id} THEN ${parent.id} ELSE "parentId" END
     WHERE path LIKE ${unit.path} || '%'`;
  await tx.$executeRaw`
    UPDATE "Task" SET "scopeUnitIds" = "task_scope_of"(id)
     WHERE "scopeUnitIds" @> ARRAY[${unit.id}]::text[]`;
}
