import { beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../../lib/i18n/translate";
import type { TCreateTask } from "../../../lib/schemas/task";
import { createTask } from "../../../lib/server/tasks-create/create-task";
import { createDirective } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "./fixtures";
import { refusal } from "../../support/refusal";

const now = new Date("2026-11-18T03:00:00Z");

describe("createTask for a sub-task", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let directive: Awaited<ReturnType<typeof createDirective>>;
  let templateId: string;
  let parentId: string;

  const steps = (ownerId: string) => [
    { ownerId, deadline: "2026-11-19" },
    { ownerId, deadline: "2026-11-24" },
    { ownerId, deadline: "2026-11-25" },
  ];
  const subTask = (over: Partial<TCreateTask> = {}): TCreateTask => ({
    directiveId: directive.id,
    parentTaskId: parentId,
    title: `Nhiệm vụ con ${unique()}`,
    point: "",
    description: "",
    leadUnitId: tree.units.dongDa.id,
    coordinatingUnitIds: [],
    deadline: "2026-11-27",
    priority: "NORMAL",
    expectedResult: "",
    templateId,
    steps: steps(tree.people.dongDaStaff.id),
    ...over,
  });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    directive = await createDirective(testDb.prisma);
    templateId = (await createTemplateFixture(testDb.prisma)).id;
    parentId = (
      await createTask(
        tree.people.hanoiHead.actor,
        // A step in Đống Đa makes the parent visible to Đống Đa's head, not to Hai Bà Trưng's.
        {
          ...subTask(),
          parentTaskId: undefined,
          leadUnitId: tree.units.hanoi.id,
          steps: steps(tree.people.hanoiHead.id).map((s, i) =>
            i === 1 ? { ...s, ownerId: tree.people.dongDaStaff.id } : s,
          ),
        },
        now,
      )
    ).id;
  });

  it("creates a sub-task for a unit below the parent's lead unit; the parent keeps its steps", async () => {
    const { id, warnings } = await createTask(tree.people.hanoiHead.actor, subTask(), now);
    expect(warnings).toEqual([]);
    const child = await testDb.prisma.task.findUniqueOrThrow({ where: { id }, include: { steps: true } });
    expect(child).toMatchObject({
      parentTaskId: parentId,
      directiveId: directive.id,
      leadUnitId: tree.units.dongDa.id,
    });
    expect(child.steps).toHaveLength(3);
    expect(await testDb.prisma.taskStep.count({ where: { taskId: parentId } })).toBe(3);
    const created = await testDb.prisma.event.findFirstOrThrow({ where: { taskId: id, kind: "TASK_CREATED" } });
    expect(created.payload).toMatchObject({ parentTaskId: parentId });
  });

  it("lets the head of a district below, who has a step of the parent, split it for their own unit", async () => {
    await expect(createTask(tree.people.dongDaHead.actor, subTask(), now)).resolves.toHaveProperty("id");
  });

  it("warns when the sub-task is due after its parent", async () => {
    const { warnings } = await createTask(tree.people.hanoiHead.actor, subTask({ deadline: "2026-12-01" }), now);
    expect(warnings.map((w) => translate("vi", w))).toEqual([
      expect.stringContaining("sau hạn của nhiệm vụ cha (27/11/2026)"),
    ]);
    expect(warnings.map((w) => translate("en", w))).toEqual([expect.stringContaining("27/11/2026")]);
  });

  it("refuses a sub-task led by the parent's own lead unit", async () => {
    const attempt = createTask(
      tree.people.hanoiHead.actor,
      subTask({ leadUnitId: tree.units.hanoi.id, steps: steps(tree.people.hanoiHead.id) }),
      now,
    );
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { leadUnitId: [expect.stringContaining("đơn vị cấp dưới")] },
    });
  });

  it.each([
    ["TCCB, a sub-task led by a unit outside the parent's subtree", "tccb", "daNang", "daNangStaff", "FORBIDDEN"],
    ["the head of a district, a sibling district", "dongDaHead", "haiBaTrung", "hbtStaff", "FORBIDDEN"],
    ["the head of a sibling district, who cannot see the parent", "hbtHead", "haiBaTrung", "hbtStaff", "NOT_FOUND"],
    ["the head of another province, who cannot see the parent", "daNangHead", "daNang", "daNangStaff", "NOT_FOUND"],
    ["staff", "dongDaStaff", "dongDa", "dongDaStaff", "FORBIDDEN"],
  ] as const)("refuses %s", async (_label, who, lead, owner, code) => {
    const data = subTask({ leadUnitId: tree.units[lead].id, steps: steps(tree.people[owner].id) });
    await expect(createTask(tree.people[who].actor, data, now)).rejects.toMatchObject({ code });
    expect(await testDb.prisma.task.count({ where: { title: data.title } })).toBe(0);
  });

  it("refuses a sub-task under another directive than its parent's", async () => {
    const other = await createDirective(testDb.prisma);
    await expect(
      createTask(tree.people.hanoiHead.actor, subTask({ directiveId: other.id }), now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
