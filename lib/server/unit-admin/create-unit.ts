import "server-only";
import { randomUUID } from "node:crypto";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCreateUnit } from "@/lib/schemas/unit-admin";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assertUnitAdmin } from "./assert-unit-admin";
import { getUnitForAdminOrThrow } from "./get-unit-for-admin-or-throw";
import { lockUnitTree } from "./lock-unit-tree";
import { assertUnitCodeFree } from "./unit-code-taken";
import { recordUnitChange } from "./record-unit-change";
import { unitAdminSelect } from "./unit-admin-select";

/** Creates a unit under an open parent, with an UNIT_CHANGED event (op CREATED). */
export async function createUnit(actor: TActor, input: TCreateUnit, now: Date) {
  assertUnitAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockUnitTree(tx);
    const parent = await getUnitForAdminOrThrow(tx, input.parentId, "parentId");
    if (parent.closedAt) {
      const message = msg("errors.unitParentClosed", { parent: parent.name });
      throw new DomainError("INVALID_STATE", message, { parentId: [message] });
    }
    await assertUnitCodeFree(tx, input.code);
    const id = randomUUID();
    const last = await tx.unit.aggregate({ where: { parentId: parent.id }, _max: { sortOrder: true } });
    const unit = await tx.unit.create({
      data: {
        id,
        code: input.code,
        name: input.name,
        shortName: input.shortName || null,
        level: input.level,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        createdAt: now,
      },
      select: unitAdminSelect,
    });
    await recordUnitChange(tx, { actorId: actor.id, at: now, op: "CREATED", before: null, after: unit });
    return { id };
  });
}
