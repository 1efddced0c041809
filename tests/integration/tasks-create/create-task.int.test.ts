import { ZCreateTask } from "../../../lib/schemas/task";
import { beforeAll, describe, expect, it } from "vitest";
import { translate } from "../../../lib/i18n/translate";
import type { TCreateTask } from "../../../lib/schemas/task";
import { createTask } from "../../../lib/server/tasks-create/create-task";
import { createDirective } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { createTemplateFixture } from "./fixtures";
import { refusal } from "../../support/refusal";

// Wednesday 18/11/2026, 10:00 in Hà Nội.
const now = new Date("2026-11-18T03:00:00Z");
const endOf = (date: string) => new Date(`${date}T16:59:59.999Z`);

describe("createTask", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let directive: Awaited<ReturnType<typeof createDirective>>;
  let template: Awaited<ReturnType<typeof createTemplateFixture>>;

  const input = (over: Partial<TCreateTask> = {}): TCreateTask => ({
    directiveId: directive.id,
    title: `Chấn chỉnh tình trạng đùn đẩy ${unique()}`,
    point: "2a",
    description: "Rà soát quy trình, cá thể hóa trách nhiệm từng khâu.",
    leadUnitId: tree.units.hanoi.id,
    coordinatingUnitIds: [tree.units.daNang.id],
    deadline: "2026-11-30",
    priority: "HIGH",
    expectedResult: "Báo cáo kết quả rà soát",
    templateId: template.id,
    steps: [
      { ownerId: tree.people.dongDaStaff.id, deadline: "2026-11-19" },
      { ownerId: tree.people.dongDaStaff.id, deadline: "2026-11-24" },
      { ownerId: tree.people.hanoiHead.id, deadline: "2026-11-25" },
    ],
    ...over,
  });
  const tasksTitled = (title: string) => testDb.prisma.task.count({ where: { title } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    directive = await createDirective(testDb.prisma);
    template = await createTemplateFixture(testDb.prisma);
  });

  it("creates the task, its coordinators and one step per template step, each with one owner", async () => {
    const data = input();
    const { id, warnings } = await createTask(tree.people.hanoiHead.actor, data, now);
    expect(warnings).toEqual([]);
    const task = await testDb.prisma.task.findUniqueOrThrow({
      where: { id },
      include: { coordinators: true, steps: { orderBy: { order: "asc" } } },
    });
    expect(task).toMatchObject({
      title: data.title,
      point: "2a",
      leadUnitId: tree.units.hanoi.id,
      assignerId: tree.people.hanoiHead.id,
      status: "OPEN",
      priority: "HIGH",
      templateId: template.id,
      parentTaskId: null,
      deadline: endOf("2026-11-30"),
      originalDeadline: endOf("2026-11-30"),
      createdAt: now,
    });
    expect(task.searchText).toContain("chan chinh tinh trang dun day");
    expect(task.searchText).toContain(directive.number.toLowerCase());
    expect(task.coordinators.map((c) => c.unitId)).toEqual([tree.units.daNang.id]);
    expect(task.steps.map((s) => [s.order, s.name, s.kind, s.status, s.ownerId, s.unitId])).toEqual([
      [1, "Khâu mẫu 1", "RECEIVE", "TODO", tree.people.dongDaStaff.id, tree.units.dongDa.id],
      [2, "Khâu mẫu 2", "HANDLE", "PENDING", tree.people.dongDaStaff.id, tree.units.dongDa.id],
      [3, "Khâu mẫu 3", "APPROVE", "PENDING", tree.people.hanoiHead.id, tree.units.hanoi.id],
    ]);
    expect(task.steps.map((s) => s.deadline)).toEqual([endOf("2026-11-19"), endOf("2026-11-24"), endOf("2026-11-25")]);
    expect(task.steps.every((s) => s.originalDeadline.getTime() === s.deadline.getTime())).toBe(true);
  });

  it("records TASK_CREATED and one STEP_ASSIGNED per step naming the owner and their unit", async () => {
    const { id } = await createTask(tree.people.hanoiHead.actor, input(), now);
    const events = await testDb.prisma.event.findMany({
      where: { taskId: id },
      orderBy: { seq: "asc" },
      include: { step: true },
    });
    expect(events.map((e) => e.kind)).toEqual(["TASK_CREATED", "STEP_ASSIGNED", "STEP_ASSIGNED", "STEP_ASSIGNED"]);
    expect(events.every((e) => e.actorId === tree.people.hanoiHead.id && e.at.getTime() === now.getTime())).toBe(true);
    expect(events[0]).toMatchObject({
      directiveId: directive.id,
      payload: { point: "2a", leadUnitId: tree.units.hanoi.id },
    });
    expect(events.slice(1).map((e) => [e.step?.order, e.payload])).toEqual([
      [1, expect.objectContaining({ to: tree.people.dongDaStaff.id, toUnitId: tree.units.dongDa.id })],
      [2, expect.objectContaining({ to: tree.people.dongDaStaff.id, toUnitId: tree.units.dongDa.id })],
      [3, expect.objectContaining({ to: tree.people.hanoiHead.id, toUnitId: tree.units.hanoi.id })],
    ]);
  });

  it("keeps a weight set for the evaluation, and refuses a weight of zero or less before writing", async () => {
    const { id } = await createTask(tree.people.hanoiHead.actor, { ...input(), evaluationWeight: 2.5 }, now);
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id } })).evaluationWeight).toBe(2.5);
    for (const weight of [0, -1, "2"]) {
      expect(ZCreateTask.safeParse({ ...input(), evaluationWeight: weight }).success).toBe(false);
    }
  });

  it("lets TCCB assign to any unit in the sector", async () => {
    const { id } = await createTask(
      tree.people.tccb.actor,
      input({
        leadUnitId: tree.units.daNang.id,
        coordinatingUnitIds: [],
        steps: input().steps.map((s) => ({ ...s, ownerId: tree.people.daNangStaff.id })),
      }),
      now,
    );
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id } })).leadUnitId).toBe(tree.units.daNang.id);
  });

  it("creates the task but warns when the last step is due after the task", async () => {
    const { id, warnings } = await createTask(tree.people.hanoiHead.actor, input({ deadline: "2026-11-24" }), now);
    expect(id).toBeTruthy();
    expect(warnings.map((w) => translate("vi", w))).toEqual([
      expect.stringContaining("Khâu cuối có hạn 25/11/2026, sau hạn hoàn thành nhiệm vụ 24/11/2026"),
    ]);
  });

  it.each([
    ["a head of BHXH Hà Nội, a task led by BHXH Đà Nẵng", "hanoiHead", { lead: "daNang" }],
    ["a head of a district, a task led by the province above", "dongDaHead", { lead: "hanoi" }],
    ["staff, a task led by their own unit", "dongDaStaff", { lead: "dongDa" }],
    ["staff of another province, a task led by their own unit", "daNangStaff", { lead: "daNang" }],
  ] as const)("refuses %s (FORBIDDEN) and writes nothing", async (_label, who, { lead }) => {
    const data = input({ leadUnitId: tree.units[lead].id, coordinatingUnitIds: [] });
    await expect(createTask(tree.people[who].actor, data, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await tasksTitled(data.title)).toBe(0);
  });

  it("refuses an admin without a head's or TCCB's role", async () => {
    const admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
    await expect(createTask(admin.actor, input(), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it.each([
    [
      "an owner outside the lead unit's tree",
      () => ({
        steps: [input().steps[0], { ...input().steps[1], ownerId: tree.people.daNangStaff.id }, input().steps[2]],
      }),
      "steps.1.ownerId",
    ],
    [
      "a step due in the past",
      () => ({ steps: [{ ...input().steps[0], deadline: "2026-11-17" }, input().steps[1], input().steps[2]] }),
      "steps.0.deadline",
    ],
    [
      "steps due out of order",
      () => ({ steps: [input().steps[0], { ...input().steps[1], deadline: "2026-11-26" }, input().steps[2]] }),
      "steps.2.deadline",
    ],
    ["a task deadline in the past", () => ({ deadline: "2026-11-01" }), "deadline"],
    [
      "an unknown coordinating unit",
      () => ({ coordinatingUnitIds: ["00000000-0000-4000-8000-000000000000"] }),
      "coordinatingUnitIds",
    ],
    ["an unknown lead unit", () => ({ leadUnitId: "00000000-0000-4000-8000-000000000000" }), "leadUnitId"],
  ])("refuses %s with a field error in Vietnamese", async (_label, over, field) => {
    const data = input(over());
    const attempt = createTask(tree.people.hanoiHead.actor, data, now);
    expect(await refusal(attempt)).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(await tasksTitled(data.title)).toBe(0);
  });

  it("refuses an inactive owner", async () => {
    const gone = await createUser(testDb.prisma, tree.units.dongDa, { isActive: false });
    const data = input({ steps: [{ ...input().steps[0], ownerId: gone.id }, input().steps[1], input().steps[2]] });
    const refused = createTask(tree.people.hanoiHead.actor, data, now);
    expect(await refusal(refused)).toMatchObject({
      fieldErrors: { "steps.0.ownerId": ["Tài khoản này đã ngừng hoạt động; chọn người khác."] },
    });
  });

  it.each([
    ["a deactivated template", () => createTemplateFixture(testDb.prisma, { isActive: false })],
    ["another province's template", () => createTemplateFixture(testDb.prisma, { unitId: tree.units.daNang.id })],
  ])("refuses %s", async (_label, make) => {
    const other = await make();
    expect(await refusal(createTask(tree.people.hanoiHead.actor, input({ templateId: other.id }), now))).toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { templateId: [expect.any(String)] },
    });
  });

  it("accepts a province's template for a task led by one of its districts", async () => {
    const own = await createTemplateFixture(testDb.prisma, { unitId: tree.units.hanoi.id });
    const steps = input().steps.map((s) => ({ ...s, ownerId: tree.people.dongDaStaff.id }));
    await expect(
      createTask(
        tree.people.hanoiHead.actor,
        input({ templateId: own.id, leadUnitId: tree.units.dongDa.id, steps }),
        now,
      ),
    ).resolves.toHaveProperty("id");
  });

  it("answers CONFLICT when the steps no longer match the template", async () => {
    await expect(
      createTask(tree.people.hanoiHead.actor, input({ steps: input().steps.slice(0, 2) }), now),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("answers NOT_FOUND for a directive that does not exist", async () => {
    await expect(
      createTask(tree.people.hanoiHead.actor, input({ directiveId: "00000000-0000-4000-8000-000000000000" }), now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
