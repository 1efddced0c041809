import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TDeactivatePerson } from "@/lib/schemas/people-admin";
import { DomainError } from "@/lib/server/errors/domain-error";
import { writeTaskChange } from "@/lib/server/events/write-task-change";
import { assertPeopleAdmin } from "./assert-people-admin";
import { getPersonForAdminOrThrow } from "./get-person-for-admin-or-throw";
import { handOverOpenSteps } from "./hand-over-open-steps";
import { personAdminSelect } from "./person-admin-select";
import { recordPersonChange } from "./record-person-change";

/**
 * Deactivates a person (never deleted: their history is evidence) after handing their open
 * steps to the people named, or reactivates one. A deactivated person cannot sign in, and
 * their sessions end at once (getCurrentActor reads isActive on every request).
 */
export async function setPersonActive(actor: TActor, input: TDeactivatePerson & { active: boolean }, now: Date) {
  assertPeopleAdmin(actor);
  return writeTaskChange(now, async (tx) => {
    const before = await getPersonForAdminOrThrow(tx, input.userId);
    if (before.isActive === input.active) {
      const key = input.active ? "errors.personAlreadyActive" : "errors.personAlreadyInactive";
      throw new DomainError("INVALID_STATE", msg(key, { name: before.name }));
    }
    if (!input.active && before.id === actor.id)
      throw new DomainError("INVALID_INPUT", msg("errors.personDeactivateSelf"));
    const handed = input.active
      ? 0
      : await handOverOpenSteps(tx, before, input.handovers, actor.id, "events.handoverOnLeave", now);
    const after = await tx.user.update({
      where: { id: before.id },
      data: { isActive: input.active },
      select: personAdminSelect,
    });
    const op = input.active ? "REACTIVATED" : "DEACTIVATED";
    await recordPersonChange(tx, { actorId: actor.id, at: now, op, before, after, stepsHandedOver: handed });
    return { id: before.id, stepsHandedOver: handed };
  });
}
