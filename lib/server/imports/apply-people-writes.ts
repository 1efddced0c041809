import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import type { TExistingPerson, TExistingUnit, TPeopleImportWrites } from "@/lib/domain/imports/plan-people-import";
import type { TPayloadOf } from "@/lib/schemas/event-payloads";
import { hashPassword } from "@/lib/server/auth/hash-password";
import type { Prisma } from "@/lib/server/db/prisma";
import { recordEventsInBulk, type TEventInput } from "@/lib/server/events/record-event";
import { moveUnitSubtree } from "@/lib/server/unit-admin/move-unit-subtree";

type TTx = Prisma.TransactionClient;
type TUnitPayload = TPayloadOf<"UNIT_CHANGED">["unit"];
type TUserPayload = TPayloadOf<"USER_CHANGED">["user"];
const CHUNK = 5000;

/**
 * Writes a plan without errors, in the caller's transaction (which holds the unit tree lock):
 * new units parents first, changed and moved units, new and changed people, and one
 * UNIT_CHANGED or USER_CHANGED event per row that changed anything, each naming the import.
 */
export async function applyPeopleWrites(
  tx: TTx,
  writes: TPeopleImportWrites,
  context: { units: readonly TExistingUnit[]; people: readonly TExistingPerson[] },
  meta: { actorId: string; at: Date; importId: string },
): Promise<void> {
  const events: Array<TEventInput<"UNIT_CHANGED" | "USER_CHANGED">> = [];
  const unitEvent = (
    op: "CREATED" | "UPDATED" | "MOVED",
    unitId: string,
    previous: TUnitPayload | null,
    unit: TUnitPayload,
  ) =>
    events.push({
      kind: "UNIT_CHANGED",
      actorId: meta.actorId,
      at: meta.at,
      payload: {
        op,
        unitId,
        previous,
        unit,
        successorId: null,
        peopleMoved: 0,
        childUnitsMoved: 0,
        tasksHandedOver: 0,
        importId: meta.importId,
      },
    });
  const userEvent = (
    op: "CREATED" | "UPDATED" | "MOVED",
    userId: string,
    previous: TUserPayload | null,
    user: TUserPayload,
  ) =>
    events.push({
      kind: "USER_CHANGED",
      actorId: meta.actorId,
      at: meta.at,
      payload: { op, userId, previous, user, stepsHandedOver: 0, importId: meta.importId },
    });

  const units = new Map(context.units.map((u) => [u.code, { id: u.id, path: u.path }]));
  const unitById = new Map(context.units.map((u) => [u.id, u]));
  if (writes.newUnits.length > 0) {
    const orders = await tx.unit.groupBy({ by: ["parentId"], _max: { sortOrder: true } });
    const nextOrder = new Map(orders.map((o) => [o.parentId, o._max.sortOrder ?? 0]));
    const data = writes.newUnits.map((u) => {
      const parent = units.get(u.parentCode)!;
      const id = randomUUID();
      const order = (nextOrder.get(parent.id) ?? 0) + 1;
      nextOrder.set(parent.id, order);
      units.set(u.code, { id, path: `${parent.path}${id}/` });
      unitEvent("CREATED", id, null, {
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        level: u.level,
        parentId: parent.id,
      });
      return {
        id,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        level: u.level,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        sortOrder: order,
        createdAt: meta.at,
      };
    });
    for (let i = 0; i < data.length; i += CHUNK) await tx.unit.createMany({ data: data.slice(i, i + CHUNK) });
  }
  for (const u of writes.changedUnits) {
    const before = unitById.get(u.id)!;
    const previous = {
      code: before.code,
      name: before.name,
      shortName: before.shortName,
      level: before.level,
      parentId: before.parentId,
    };
    await tx.unit.update({ where: { id: u.id }, data: { name: u.name, shortName: u.shortName, level: u.level } });
    let parentId = before.parentId;
    if (u.moved) {
      // Paths as they are now: an earlier move in this import may have changed them.
      const [unit, parent] = await Promise.all([
        tx.unit.findUniqueOrThrow({
          where: { id: u.id },
          select: { id: true, path: true, parentId: true, name: true },
        }),
        tx.unit.findUniqueOrThrow({
          where: { id: units.get(u.parentCode)!.id },
          select: { id: true, path: true, parentId: true, name: true, closedAt: true },
        }),
      ]);
      await moveUnitSubtree(tx, unit, parent);
      parentId = parent.id;
    }
    unitEvent(u.moved ? "MOVED" : "UPDATED", u.id, previous, {
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      level: u.level,
      parentId,
    });
  }

  if (writes.newPeople.length > 0) {
    // Nobody knows the password the accounts start with (one random secret, hashed once for the
    // file): people sign in through the SSO or set a password with "Quên mật khẩu".
    const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
    const rows = writes.newPeople.map((p) => {
      const id = randomUUID();
      const unitId = units.get(p.unitCode)!.id;
      const fields = {
        name: p.name,
        email: p.email,
        employeeCode: p.employeeCode,
        title: p.title,
        position: p.position,
        roles: p.roles,
      };
      userEvent("CREATED", id, null, { ...fields, unitId, isActive: true });
      return { id, ...fields, unitId };
    });
    // Columns of arrays, a few thousand people per statement: createMany would send a parameter
    // per value, and 20,000 people are 200,000 of them.
    for (let i = 0; i < rows.length; i += CHUNK) {
      const c = rows.slice(i, i + CHUNK);
      await tx.$executeRaw`
        INSERT INTO "User" (id, name, email, "employeeCode", title, position, roles, "unitId", "passwordHash", "createdAt")
        SELECT u.id, u.name, u.email, u.code, u.title, u.position::"Position", string_to_array(u.roles, ',')::"Role"[],
               u.unit, ${passwordHash}, ${meta.at}
          FROM unnest(${c.map((p) => p.id)}::text[], ${c.map((p) => p.name)}::text[], ${c.map((p) => p.email)}::text[],
                      ${c.map((p) => p.employeeCode)}::text[], ${c.map((p) => p.title)}::text[],
                      ${c.map((p) => p.position)}::text[], ${c.map((p) => p.roles.join(","))}::text[],
                      ${c.map((p) => p.unitId)}::text[])
               AS u(id, name, email, code, title, position, roles, unit)`;
    }
  }
  const personById = new Map(context.people.map((p) => [p.id, p]));
  for (const p of writes.changedPeople) {
    const before = personById.get(p.id)!;
    const unitId = units.get(p.unitCode)!.id;
    const fields = {
      name: p.name,
      email: p.email,
      employeeCode: p.employeeCode,
      title: p.title,
      position: p.position,
      roles: p.roles,
    };
    await tx.user.update({ where: { id: p.id }, data: { ...fields, unitId } });
    const previous = {
      name: before.name,
      email: before.email,
      employeeCode: before.employeeCode,
      title: before.title,
      position: before.position,
      roles: [...before.roles],
      unitId: before.unitId,
      isActive: before.isActive,
    };
    userEvent(before.unitId === unitId ? "UPDATED" : "MOVED", p.id, previous, {
      ...fields,
      unitId,
      isActive: before.isActive,
    });
  }
  await recordEventsInBulk(tx, events);
}
