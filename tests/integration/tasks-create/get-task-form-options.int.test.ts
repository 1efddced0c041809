import { beforeAll, describe, expect, it } from "vitest";
import { createTask } from "../../../lib/server/tasks-create/create-task";
import { getTaskFormOptions } from "../../../lib/server/tasks-create/get-task-form-options";
import { createDirective } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "./fixtures";

// Thursday 12/03/2026: no holiday near it, in the shipped calendar or out of it, so the
// layout does not depend on what other test files put in the shared calendar table.
const now = new Date("2026-03-12T03:00:00Z");

describe("getTaskFormOptions", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let directiveId: string;
  let templateId: string;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    directiveId = (await createDirective(testDb.prisma)).id;
    templateId = (
      await createTemplateFixture(testDb.prisma, {
        steps: [
          { kind: "RECEIVE", days: 1 },
          { kind: "HANDLE", days: 2 },
        ],
      })
    ).id;
  });

  it("offers a head their unit's tree as lead units and the people in it", async () => {
    const options = await getTaskFormOptions(tree.people.hanoiHead.actor, { directiveId }, now);
    expect(options.directive.id).toBe(directiveId);
    expect(options.leadUnits.map((u) => u.id).sort()).toEqual(
      [tree.units.hanoi.id, tree.units.dongDa.id, tree.units.haiBaTrung.id].sort(),
    );
    expect(options.leadUnits[0]).toMatchObject({ id: tree.units.hanoi.id, depth: 0 });
    const ids = options.people.map((p) => p.id);
    expect(ids).toContain(tree.people.dongDaStaff.id);
    expect(ids).not.toContain(tree.people.daNangStaff.id);
    expect(options.units.map((u) => u.id)).toContain(tree.units.daNang.id);
    expect(options.today).toBe("2026-03-12");
  });

  it("lays out each template's steps in working days from today", async () => {
    const options = await getTaskFormOptions(tree.people.hanoiHead.actor, { directiveId }, now);
    const template = options.templates.find((t) => t.id === templateId);
    // Friday 13/3, then two working days later over the weekend: Tuesday 17/3.
    expect(template?.layout).toEqual(["2026-03-13", "2026-03-17"]);
  });

  it("offers only units strictly below the parent's lead unit for a sub-task", async () => {
    const parent = await createTask(
      tree.people.hanoiHead.actor,
      {
        directiveId,
        title: "Nhiệm vụ cha để chia",
        point: "",
        description: "",
        leadUnitId: tree.units.hanoi.id,
        coordinatingUnitIds: [],
        deadline: "2026-03-27",
        priority: "NORMAL",
        expectedResult: "",
        templateId,
        steps: [
          { ownerId: tree.people.hanoiHead.id, deadline: "2026-03-13" },
          { ownerId: tree.people.hanoiHead.id, deadline: "2026-03-17" },
        ],
      },
      now,
    );
    const options = await getTaskFormOptions(tree.people.tccb.actor, { parentTaskId: parent.id }, now);
    expect(options.directive.id).toBe(directiveId);
    expect(options.parent?.id).toBe(parent.id);
    expect(options.leadUnits.map((u) => u.id).sort()).toEqual([tree.units.dongDa.id, tree.units.haiBaTrung.id].sort());
  });

  it.each([["staff", "dongDaStaff", "FORBIDDEN"]] as const)("refuses %s", async (_label, who, code) => {
    await expect(getTaskFormOptions(tree.people[who].actor, { directiveId }, now)).rejects.toMatchObject({ code });
  });

  it("answers NOT_FOUND without a directive", async () => {
    await expect(getTaskFormOptions(tree.people.tccb.actor, {}, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
