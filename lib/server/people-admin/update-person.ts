import "server-only";
import type { TActor } from "@/lib/domain/access/roles";
import type { TUpdatePerson } from "@/lib/schemas/people-admin";
import { db } from "@/lib/server/db/prisma";
import { assertPeopleAdmin } from "./assert-people-admin";
import { assertPersonIdentityFree, identityJustTaken, isIdentityTaken } from "./assert-person-identity-free";
import { getPersonForAdminOrThrow } from "./get-person-for-admin-or-throw";
import { personAdminSelect } from "./person-admin-select";
import { recordPersonChange } from "./record-person-change";

/** Edits a person's name, e-mail, employee code, title, position or roles, with an USER_CHANGED event (op UPDATED). */
export async function updatePerson(actor: TActor, { userId, ...changes }: TUpdatePerson, now: Date) {
  assertPeopleAdmin(actor);
  try {
    return await db.$transaction(async (tx) => {
      const before = await getPersonForAdminOrThrow(tx, userId);
      await assertPersonIdentityFree(tx, { email: changes.email, employeeCode: changes.employeeCode }, userId);
      const after = await tx.user.update({
        where: { id: userId },
        data: { ...changes, title: changes.title === undefined ? undefined : changes.title || null },
        select: personAdminSelect,
      });
      await recordPersonChange(tx, { actorId: actor.id, at: now, op: "UPDATED", before, after });
      return { id: userId };
    });
  } catch (e) {
    throw isIdentityTaken(e) ? identityJustTaken() : e;
  }
}
