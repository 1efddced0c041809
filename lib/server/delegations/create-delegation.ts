import "server-only";
import { msg } from "@/lib/i18n/message";
import type { TActor, TRole } from "@/lib/domain/access/roles";
import { localDateOf } from "@/lib/domain/calendar";
import { checkDelegation } from "@/lib/domain/delegations/check-delegation";
import type { TCreateDelegation } from "@/lib/schemas/delegation";
import { db } from "@/lib/server/db/prisma";
import { DomainError } from "@/lib/server/errors/domain-error";
import { recordEvent } from "@/lib/server/events/record-event";
import { assertMayManageDelegationsOf } from "./assert-may-manage-delegations-of";
import { dayOf, dayValue } from "./find-deputy-grants";

const person = { id: true, isActive: true, roles: true, unit: { select: { path: true } } } as const;

/**
 * Names a deputy for a range of days: a person for themselves, an administrator for anyone.
 * The principal's row is locked first (FOR UPDATE), so two requests for one principal are
 * checked one after the other and cannot both pass the overlap check (both stores support the
 * lock; PostgreSQL with btree_gist also has an exclusion constraint, migration delegations).
 * The delegation and its DELEGATION_CREATED event are one transaction; a refusal writes nothing.
 */
export async function createDelegation(actor: TActor, input: TCreateDelegation, now: Date) {
  const principalId = input.principalId ?? actor.id;
  assertMayManageDelegationsOf(actor, principalId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "id" = ${principalId} FOR UPDATE`;
    if (locked.length === 0) throw new DomainError("NOT_FOUND", msg("errors.delegationPrincipalMissing"));
    const [principal, deputy] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: principalId }, select: person }),
      tx.user.findUnique({ where: { id: input.deputyId }, select: person }),
    ]);
    if (!deputy) {
      const missing = msg("errors.delegationDeputyMissing");
      throw new DomainError("INVALID_INPUT", missing, { deputyId: [missing] });
    }
    const others = await tx.delegation.findMany({
      where: { principalId, revokedAt: null, endsOn: { gte: dayValue(input.startsOn) } },
      select: { startsOn: true, endsOn: true },
    });
    const ruling = checkDelegation(
      {
        scope: input.scope,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        principal: {
          id: principal.id,
          isActive: principal.isActive,
          roles: principal.roles as TRole[],
          unitPath: principal.unit.path,
        },
        deputy: { id: deputy.id, isActive: deputy.isActive, unitPath: deputy.unit.path },
      },
      others.map((o) => ({ startsOn: dayOf(o.startsOn), endsOn: dayOf(o.endsOn) })),
      localDateOf(now),
    );
    if (!ruling.ok) throw new DomainError(ruling.code, ruling.message, { [ruling.field]: [ruling.message] });
    const created = await tx.delegation.create({
      data: {
        principalId,
        deputyId: deputy.id,
        scope: input.scope,
        startsOn: dayValue(input.startsOn),
        endsOn: dayValue(input.endsOn),
        reason: input.reason || null,
        createdById: actor.id,
        createdAt: now,
      },
    });
    await recordEvent(tx, {
      kind: "DELEGATION_CREATED",
      actorId: actor.id,
      at: now,
      reason: created.reason,
      payload: {
        delegationId: created.id,
        principalId,
        deputyId: deputy.id,
        scope: input.scope,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
      },
    });
    return created;
  });
}
