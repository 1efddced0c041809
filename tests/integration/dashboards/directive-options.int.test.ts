import { describe, expect, it } from "vitest";
import { findDirectiveOptions } from "../../../lib/server/dashboards/find-directive-options";
import { createDirective, createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const deadline = new Date("2026-09-10T09:59:59.999Z");

describe("the directive filter's options", () => {
  it("lists the directives with work led or owned in the scope, at the root and below it, and no others", async () => {
    const db = testDb.prisma;
    const { units, people } = await createUnitTree(db);
    const other = await createUnitTree(db);
    const [led, stepOnly, cancelled, elsewhere] = [
      await createDirective(db),
      await createDirective(db),
      await createDirective(db),
      await createDirective(db),
    ];
    await createTask(db, {
      directiveId: led.id,
      leadUnitId: units.dongDa.id,
      assignerId: people.dongDaHead.id,
      steps: [{ owner: people.dongDaStaff, deadline }],
    });
    // Led by another tree, one step owned in Đống Đa.
    await createTask(db, {
      directiveId: stepOnly.id,
      leadUnitId: other.units.daNang.id,
      assignerId: other.people.daNangHead.id,
      steps: [
        { owner: other.people.daNangStaff, deadline },
        { owner: people.dongDaStaff, deadline },
      ],
    });
    const dropped = await createTask(db, {
      directiveId: cancelled.id,
      leadUnitId: units.dongDa.id,
      assignerId: people.dongDaHead.id,
      steps: [{ owner: people.dongDaStaff, deadline }],
    });
    await db.task.update({ where: { id: dropped.id }, data: { status: "CANCELLED" } });
    await createTask(db, {
      directiveId: elsewhere.id,
      leadUnitId: other.units.dongDa.id,
      assignerId: other.people.dongDaHead.id,
      steps: [{ owner: other.people.dongDaStaff, deadline }],
    });

    const ids = async (path: string) => (await findDirectiveOptions(path)).map((d) => d.id).sort();
    const expected = [led.id, stepOnly.id].sort();
    expect(await ids(units.root.path)).toEqual(expected);
    expect(await ids(units.hanoi.path)).toEqual(expected);
    expect(await ids(units.dongDa.path)).toEqual(expected);
    expect(await ids(units.daNang.path)).toEqual([]);
    expect(await ids(other.units.root.path)).toEqual([stepOnly.id, elsewhere.id].sort());
  });
});
