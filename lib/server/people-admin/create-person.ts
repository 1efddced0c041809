import "server-only";
import { randomBytes } from "node:crypto";
import { msg } from "@/lib/i18n/message";
import type { TActor } from "@/lib/domain/access/roles";
import type { TCreatePerson } from "@/lib/schemas/people-admin";
import { hashPassword } from "@/lib/server/auth/hash-password";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { assertPeopleAdmin } from "./assert-people-admin";
import { assertPersonIdentityFree, identityJustTaken, isIdentityTaken } from "./assert-person-identity-free";
import { personAdminSelect } from "./person-admin-select";
import { recordPersonChange } from "./record-person-change";

/**
 * Creates a person in an open unit, with an USER_CHANGED event (op CREATED). Nobody knows the
 * password it starts with (random, hashed): the person signs in through the ministry's SSO, or
 * sets a password with "Quên mật khẩu" (a link to their e-mail), or an admin gives a temporary
 * one that must be changed at first sign-in.
 */
export async function createPerson(actor: TActor, input: TCreatePerson, now: Date) {
  assertPeopleAdmin(actor);
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { name: true, closedAt: true } });
      if (!unit || unit.closedAt) {
        const message = msg(unit ? "errors.personUnitClosed" : "errors.unitNotFound", { unit: unit?.name ?? "" });
        throw new DomainError("INVALID_INPUT", message, { unitId: [message] });
      }
      await assertPersonIdentityFree(tx, input);
      const person = await tx.user.create({
        data: { ...input, title: input.title || null, passwordHash, createdAt: now },
        select: personAdminSelect,
      });
      await recordPersonChange(tx, { actorId: actor.id, at: now, op: "CREATED", before: null, after: person });
      return { id: person.id };
    });
  } catch (e) {
    throw isIdentityTaken(e) ? identityJustTaken() : e;
  }
}
