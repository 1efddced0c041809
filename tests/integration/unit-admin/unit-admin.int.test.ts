import { beforeAll, describe, expect, it } from "vitest";
import { closeUnit } from "../../../lib/server/unit-admin/close-unit";
import { createUnit } from "../../../lib/server/unit-admin/create-unit";
import { updateUnit } from "../../../lib/server/unit-admin/update-unit";
import { createConsultation } from "../../factories/create-consultation";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";
import { rollupCellsAndRecount } from "../dashboards/rollup-cells-and-recount";

const now = new Date("2026-11-18T03:00:00Z");
const code = () => unique("T-").toUpperCase();

/** Tasks whose scope differs from a recount over the units' current paths: none, after any change. */
async function scopeDifferences(): Promise<number> {
  const [{ n }] = await testDb.prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Task" t JOIN "task_scope_counted"() c ON c."taskId" = t.id
     WHERE t."scopeUnitIds" IS DISTINCT FROM c."scopeUnitIds"`;
  return Number(n);
}

const unitEvents = (unitId: string) =>
  testDb.prisma.event.findMany({
    where: { kind: "UNIT_CHANGED", payload: { path: ["unitId"], equals: unitId } },
    orderBy: { seq: "asc" },
  });

describe("unit administration", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let admin: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
  });

  const newUnit = (parentId: string, over: { code?: string; name?: string } = {}) =>
    createUnit(
      admin.actor,
      {
        code: over.code ?? code(),
        name: over.name ?? `Phòng thử ${unique()}`,
        shortName: "",
        level: "DISTRICT",
        parentId,
      },
      now,
    );

  it("creates a unit under its parent with an UNIT_CHANGED event", async () => {
    const c = code();
    const { id } = await newUnit(tree.units.hanoi.id, { code: c, name: "BHXH Ba Đình thử" });
    const row = await testDb.prisma.unit.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ code: c, parentId: tree.units.hanoi.id, path: `${tree.units.hanoi.path}${id}/` });
    const [event] = await unitEvents(id);
    expect(event).toMatchObject({
      actorId: admin.id,
      payload: {
        op: "CREATED",
        previous: null,
        unit: { code: c, name: "BHXH Ba Đình thử", parentId: tree.units.hanoi.id },
      },
    });
  });

  it("lets only an admin change units, and a refusal writes nothing", async () => {
    const before = await testDb.prisma.event.count({ where: { kind: "UNIT_CHANGED" } });
    const input = {
      code: code(),
      name: "Phòng không được tạo",
      shortName: "",
      level: "DISTRICT" as const,
      parentId: tree.units.hanoi.id,
    };
    await expect(createUnit(tree.people.hanoiHead.actor, input, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updateUnit(tree.people.tccb.actor, { unitId: tree.units.dongDa.id, name: "Đổi tên trái phép" }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      closeUnit(tree.people.hanoiHead.actor, { unitId: tree.units.dongDa.id, successorId: null }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.prisma.unit.count({ where: { code: input.code } })).toBe(0);
    expect(await testDb.prisma.event.count({ where: { kind: "UNIT_CHANGED" } })).toBe(before);
  });

  it("refuses a unit code already used, naming the unit that has it", async () => {
    const c = code();
    await newUnit(tree.units.hanoi.id, { code: c, name: "Phòng có mã trước" });
    await expect(newUnit(tree.units.daNang.id, { code: c })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Phòng có mã trước"),
    });
    expect(await testDb.prisma.unit.count({ where: { code: c } })).toBe(1);
  });

  it("renames a unit and keeps what it was in the event", async () => {
    const { id } = await newUnit(tree.units.hanoi.id, { name: "Tên cũ thử" });
    await updateUnit(admin.actor, { unitId: id, name: "Tên mới thử", shortName: "TMT" }, now);
    const events = await unitEvents(id);
    expect(events[1].payload).toMatchObject({
      op: "UPDATED",
      previous: { name: "Tên cũ thử", shortName: null },
      unit: { name: "Tên mới thử", shortName: "TMT" },
    });
  });

  it("moves a unit with its subtree and its tasks' scopes, and refuses a cycle or the root", async () => {
    const province = await newUnit(tree.units.root.id, { name: "Tỉnh thử chuyển" });
    const district = await newUnit(province.id, { name: "Huyện thử chuyển" });
    const commune = await newUnit(district.id, { name: "Xã thử chuyển" });
    const districtUnit = await testDb.prisma.unit.findUniqueOrThrow({ where: { id: district.id } });
    const communeRow = await testDb.prisma.unit.findUniqueOrThrow({ where: { id: commune.id } });
    const staff = await createUser(testDb.prisma, communeRow, { roles: ["STAFF"] });
    const task = await createTask(testDb.prisma, {
      leadUnitId: district.id,
      assignerId: admin.id,
      steps: [{ owner: staff, deadline: new Date("2026-12-20T10:00:00Z") }],
    });
    expect(districtUnit.parentId).toBe(province.id);

    await updateUnit(admin.actor, { unitId: district.id, parentId: tree.units.daNang.id }, now);
    const moved = await testDb.prisma.unit.findMany({ where: { id: { in: [district.id, commune.id] } } });
    const byId = new Map(moved.map((u) => [u.id, u]));
    expect(byId.get(district.id)).toMatchObject({
      parentId: tree.units.daNang.id,
      path: `${tree.units.daNang.path}${district.id}/`,
    });
    expect(byId.get(commune.id)?.path).toBe(`${tree.units.daNang.path}${district.id}/${commune.id}/`);
    const { scopeUnitIds } = await testDb.prisma.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(scopeUnitIds).toContain(tree.units.daNang.id);
    expect(scopeUnitIds).not.toContain(province.id);
    expect(await scopeDifferences()).toBe(0);
    expect((await unitEvents(district.id)).at(-1)?.payload).toMatchObject({
      op: "MOVED",
      previous: { parentId: province.id },
      unit: { parentId: tree.units.daNang.id },
    });

    await expect(updateUnit(admin.actor, { unitId: district.id, parentId: commune.id }, now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { parentId: [expect.anything()] },
    });
    await expect(
      updateUnit(admin.actor, { unitId: tree.units.root.id, parentId: tree.units.daNang.id }, now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await testDb.prisma.unit.findUniqueOrThrow({ where: { id: district.id } })).parentId).toBe(
      tree.units.daNang.id,
    );
  });

  it("closes an empty unit, and refuses to close one that still holds people or work without a successor", async () => {
    const empty = await newUnit(tree.units.hanoi.id);
    await closeUnit(admin.actor, { unitId: empty.id, successorId: null }, now);
    expect(await testDb.prisma.unit.findUniqueOrThrow({ where: { id: empty.id } })).toMatchObject({
      closedAt: now,
      successorId: null,
    });
    await expect(closeUnit(admin.actor, { unitId: empty.id, successorId: null }, now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(newUnit(empty.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(updateUnit(admin.actor, { unitId: empty.id, name: "Sửa đơn vị đã đóng" }, now)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    const held = await newUnit(tree.units.hanoi.id);
    const heldRow = await testDb.prisma.unit.findUniqueOrThrow({ where: { id: held.id } });
    await createUser(testDb.prisma, heldRow, { roles: ["STAFF"] });
    await expect(closeUnit(admin.actor, { unitId: held.id, successorId: null }, now)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("1 người"),
    });
    expect((await testDb.prisma.unit.findUniqueOrThrow({ where: { id: held.id } })).closedAt).toBeNull();
  });

  it("merges a unit into its successor: people, open work, child units move; history stays; events tell it", async () => {
    const from = await newUnit(tree.units.hanoi.id, { name: "Huyện sáp nhập thử" });
    const to = await newUnit(tree.units.hanoi.id, { name: "Huyện kế thừa thử" });
    const fromRow = await testDb.prisma.unit.findUniqueOrThrow({ where: { id: from.id } });
    const child = await newUnit(from.id, { name: "Tổ trực thuộc thử" });
    const worker = await createUser(testDb.prisma, fromRow, { roles: ["STAFF"] });
    const gone = await createUser(testDb.prisma, fromRow, { roles: ["STAFF"], isActive: false });
    const open = await createTask(testDb.prisma, {
      leadUnitId: from.id,
      assignerId: admin.id,
      steps: [
        {
          owner: worker,
          deadline: new Date("2026-11-10T10:00:00Z"),
          status: "DONE",
          completedAt: new Date("2026-11-09T03:00:00Z"),
        },
        { owner: worker, deadline: new Date("2026-12-10T10:00:00Z"), status: "TODO" },
      ],
    });
    const elsewhere = await createTask(testDb.prisma, {
      leadUnitId: tree.units.daNang.id,
      assignerId: admin.id,
      steps: [{ owner: tree.people.daNangStaff, deadline: new Date("2026-12-10T10:00:00Z") }],
    });
    const asked = await createConsultation(testDb.prisma, {
      stepId: elsewhere.steps[0].id,
      requesterId: tree.people.daNangStaff.id,
      targetUnitId: from.id,
      responseDeadline: new Date("2026-11-25T10:00:00Z"),
    });
    const finished = await createTask(testDb.prisma, {
      leadUnitId: from.id,
      assignerId: admin.id,
      status: "COMPLETED",
      steps: [
        {
          owner: worker,
          deadline: new Date("2026-10-10T10:00:00Z"),
          status: "DONE",
          completedAt: new Date("2026-10-09T03:00:00Z"),
        },
      ],
    });

    await expect(closeUnit(admin.actor, { unitId: from.id, successorId: child.id }, now)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const result = await closeUnit(admin.actor, { unitId: from.id, successorId: to.id }, now);
    expect(result).toMatchObject({ peopleMoved: 1, childUnitsMoved: 1, tasksHandedOver: 2 });

    expect(await testDb.prisma.unit.findUniqueOrThrow({ where: { id: from.id } })).toMatchObject({
      closedAt: now,
      successorId: to.id,
    });
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id: worker.id } })).unitId).toBe(to.id);
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id: gone.id } })).unitId).toBe(from.id);
    expect((await testDb.prisma.unit.findUniqueOrThrow({ where: { id: child.id } })).parentId).toBe(to.id);
    const steps = await testDb.prisma.taskStep.findMany({ where: { taskId: open.id }, orderBy: { order: "asc" } });
    expect(steps.map((s) => s.unitId)).toEqual([from.id, to.id]);
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id: open.id } })).leadUnitId).toBe(to.id);
    expect((await testDb.prisma.task.findUniqueOrThrow({ where: { id: finished.id } })).leadUnitId).toBe(from.id);
    expect((await testDb.prisma.consultation.findUniqueOrThrow({ where: { id: asked.id } })).targetUnitId).toBe(to.id);

    const handed = await testDb.prisma.event.findMany({
      where: { kind: "WORK_HANDED_TO_SUCCESSOR", taskId: { in: [open.id, elsewhere.id, finished.id] } },
    });
    expect(handed.map((e) => [e.taskId, e.payload]).sort()).toEqual(
      [
        [
          open.id,
          {
            fromUnitId: from.id,
            toUnitId: to.id,
            stepIds: [steps[1].id],
            consultationIds: [],
            escalationIds: [],
            leadMoved: true,
          },
        ],
        [
          elsewhere.id,
          {
            fromUnitId: from.id,
            toUnitId: to.id,
            stepIds: [],
            consultationIds: [asked.id],
            escalationIds: [],
            leadMoved: false,
          },
        ],
      ].sort(),
    );
    expect((await unitEvents(from.id)).at(-1)?.payload).toMatchObject({
      op: "CLOSED",
      successorId: to.id,
      peopleMoved: 1,
      childUnitsMoved: 1,
      tasksHandedOver: 2,
    });
    expect(await scopeDifferences()).toBe(0);
    const { kept, counted } = await rollupCellsAndRecount(testDb.prisma, [from.id, to.id]);
    expect(kept).toEqual(counted);
  });
});
