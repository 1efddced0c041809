import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TMovePerson } from "@/lib/schemas/people-admin";
import { DomainError } from "@/lib/server/errors/domain-error";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { assertPeopleAdmin } from "./assert-people-admin";
import { getPersonForAdminOrThrow } from "./get-person-for-admin-or-throw";
import { handOverOpenSteps } from "./hand-over-open-steps";
import { personAdminSelect } from "./person-admin-select";
import { recordPersonChange } from "./record-person-change";

/**
 * Moves a person to another open unit (chuyển công tác). Their open steps are handed to the
 * people named first, each a STEP_REASSIGNED event: work stays in the unit it was assigned in,
 * with someone there to do it. Done steps keep their unit, so past figures do not move.
 */
export async function movePerson(actor: TActor, input: TMovePerson, now: Date) {
  assertPeopleAdmin(actor);
  return writeTaskChange(now, async (tx) => {
    const before = await getPersonForAdminOrThrow(tx, input.userId);
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { name: true, closedAt: true } });
    const refusal = !unit
      ? msg("errors.unitNotFound")
      : unit.closedAt
        ? msg("errors.personUnitClosed", { unit: unit.name })
        : before.unitId === input.unitId
          ? msg("errors.personAlreadyInUnit", { name: before.name, unit: unit.name })
          : null;
    if (refusal) throw new DomainError("INVALID_INPUT", refusal, { unitId: [refusal] });
    const handed = await handOverOpenSteps(tx, before, input.handovers, actor.id, "events.handoverOnMove", now);
    const after = await tx.user.update({
      where: { id: before.id },
      data: { unitId: input.unitId },
      select: personAdminSelect,
    });
    await recordPersonChange(tx, { actorId: actor.id, at: now, op: "MOVED", before, after, stepsHandedOver: handed });
    return { id: before.id, stepsHandedOver: handed };
  });
}
