import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import { unitCloseRefusal } from "@/lib/domain/units/unit-close-refusal";
import type { TCloseUnit } from "@/lib/schemas/unit-admin";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assertUnitAdmin } from "./assert-unit-admin";
import { countUnitHoldings } from "./count-unit-holdings";
import { getUnitForAdminOrThrow } from "./get-unit-for-admin-or-throw";
import { handWorkToSuccessor } from "./hand-work-to-successor";
import { lockUnitTree } from "./lock-unit-tree";
import { moveUnitSubtree } from "./move-unit-subtree";
import { recordUnitChange } from "./record-unit-change";

const REFUSALS = {
  ROOT: "errors.unitCloseRoot",
  ALREADY_CLOSED: "errors.unitAlreadyClosed",
  NOT_EMPTY: "errors.unitCloseNotEmpty",
  SUCCESSOR_SELF_OR_BELOW: "errors.unitSuccessorBelow",
  SUCCESSOR_CLOSED: "errors.unitSuccessorClosed",
} as const;

/**
 * Closes a unit (giải thể), or merges it into `successorId` (sáp nhập): its active people, its
 * open child units and its open work go to the successor, then it is closed with the successor
 * named, one UNIT_CHANGED event (op CLOSED) and one WORK_HANDED_TO_SUCCESSOR per task handed
 * over. What happened in the unit stays its own: done steps, answered consultations, past
 * roll-ups and signals keep its id, so its figures remain in past periods. Without a successor
 * only an empty unit closes. All or nothing, in one transaction.
 */
export async function closeUnit(actor: TActor, input: TCloseUnit, now: Date) {
  assertUnitAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockUnitTree(tx);
    const unit = await getUnitForAdminOrThrow(tx, input.unitId);
    const successor = input.successorId ? await getUnitForAdminOrThrow(tx, input.successorId, "successorId") : null;
    const { holdings, work } = await countUnitHoldings(tx, unit.id);
    const refusal = unitCloseRefusal(unit, holdings, successor);
    if (refusal) {
      const message = msg(REFUSALS[refusal], { name: unit.name, successor: successor?.name ?? "", ...holdings });
      const field = refusal.startsWith("SUCCESSOR") || refusal === "NOT_EMPTY" ? "successorId" : "unitId";
      throw new DomainError(refusal === "NOT_EMPTY" ? "INVALID_STATE" : "INVALID_INPUT", message, {
        [field]: [message],
      });
    }
    let childUnitsMoved = 0;
    let peopleMoved = 0;
    let tasksHandedOver = 0;
    if (successor) {
      const children = await tx.unit.findMany({
        where: { parentId: unit.id, closedAt: null },
        select: { id: true, name: true, path: true, parentId: true },
      });
      for (const child of children) await moveUnitSubtree(tx, child, successor);
      childUnitsMoved = children.length;
      tasksHandedOver = await handWorkToSuccessor(tx, work, unit.id, successor.id, actor.id, now);
      peopleMoved = (
        await tx.user.updateMany({ where: { unitId: unit.id, isActive: true }, data: { unitId: successor.id } })
      ).count;
      await tx.processTemplate.updateMany({ where: { unitId: unit.id }, data: { unitId: successor.id } });
    }
    await tx.unit.update({ where: { id: unit.id }, data: { closedAt: now, successorId: successor?.id ?? null } });
    const closed = { ...unit, closedAt: now };
    await recordUnitChange(
      tx,
      { actorId: actor.id, at: now, op: "CLOSED", before: unit, after: closed },
      { successorId: successor?.id ?? null, peopleMoved, childUnitsMoved, tasksHandedOver },
    );
    return { id: unit.id, peopleMoved, childUnitsMoved, tasksHandedOver };
  });
}
