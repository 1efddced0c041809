import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TUpdateUnit } from "@/lib/schemas/unit-admin";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assertUnitAdmin } from "./assert-unit-admin";
import { getUnitForAdminOrThrow } from "./get-unit-for-admin-or-throw";
import { lockUnitTree } from "./lock-unit-tree";
import { moveUnitSubtree } from "./move-unit-subtree";
import { assertUnitCodeFree } from "./unit-code-taken";
import { recordUnitChange } from "./record-unit-change";
import { unitAdminSelect } from "./unit-admin-select";

/**
 * Edits a unit's code, names or level, and moves it under another parent when `parentId`
 * changes, with one UNIT_CHANGED event (op MOVED when it moved, else UPDATED). A closed unit is
 * history and is not edited.
 */
export async function updateUnit(actor: TActor, { unitId, ...changes }: TUpdateUnit, now: Date) {
  assertUnitAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockUnitTree(tx);
    const before = await getUnitForAdminOrThrow(tx, unitId);
    if (before.closedAt) throw new DomainError("INVALID_STATE", msg("errors.unitClosedNoEdit", { name: before.name }));
    if (changes.code !== undefined && changes.code !== before.code) await assertUnitCodeFree(tx, changes.code, unitId);
    const moves = changes.parentId !== undefined && changes.parentId !== before.parentId;
    if (moves) {
      const parent = await getUnitForAdminOrThrow(tx, changes.parentId!, "parentId");
      await moveUnitSubtree(tx, before, parent);
    }
    const after = await tx.unit.update({
      where: { id: unitId },
      data: {
        code: changes.code,
        name: changes.name,
        shortName: changes.shortName === undefined ? undefined : changes.shortName || null,
        level: changes.level,
      },
      select: unitAdminSelect,
    });
    await recordUnitChange(tx, { actorId: actor.id, at: now, op: moves ? "MOVED" : "UPDATED", before, after });
    return { id: unitId };
  });
}
