import { beforeAll, describe, expect, it } from "vitest";
import { normalizeSearchText } from "../../../lib/domain/search/normalize-search-text";
import { createPerson } from "../../../lib/server/people-admin/create-person";
import { findAdminPeople } from "../../../lib/server/people-admin/find-admin-people";
import { movePerson } from "../../../lib/server/people-admin/move-person";
import { setPersonActive } from "../../../lib/server/people-admin/set-person-active";
import { updatePerson } from "../../../lib/server/people-admin/update-person";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const code = () => unique("CB-").toUpperCase();

describe("people administration", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
  });
  const personEvents = (userId: string) =>
    testDb.prisma.event.findMany({
      where: { kind: "USER_CHANGED", payload: { path: ["userId"], equals: userId } },
      orderBy: { seq: "asc" },
    });
  const newPerson = (over: Partial<Parameters<typeof createPerson>[1]> = {}) =>
    createPerson(
      admin.actor,
      {
        name: `Đặng Thị Hương ${unique()}`,
        email: `${unique("p-")}@test.bhxh.vn`,
        employeeCode: code(),
        title: "Chuyên viên",
        position: "STAFF",
        roles: ["STAFF"],
        unitId: tree.units.dongDa.id,
        ...over,
      },
      now,
    );

  it("creates a person with an event, keeps their search text as normalizeSearchText writes it, and finds them without diacritics", async () => {
    const c = code();
    const { id } = await newPerson({ name: "Đặng Thị Hương Ưng", employeeCode: c, title: "Chuyên viên chính" });
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(row.searchText).toBe(normalizeSearchText(row.name, row.email, row.employeeCode, row.title));
    const [event] = await personEvents(id);
    expect(event.payload).toMatchObject({
      op: "CREATED",
      previous: null,
      user: { employeeCode: c, unitId: tree.units.dongDa.id },
    });
    expect(JSON.stringify(event.payload)).not.toContain("password");
    const found = await findAdminPeople(admin.actor, { q: "dang thi huong ung", page: 1 });
    expect(found.items.map((p) => p.id)).toContain(id);
    const inTree = await findAdminPeople(admin.actor, { q: c.toLowerCase(), unit: tree.units.daNang.id, page: 1 });
    expect(inTree.total).toBe(0);
  });

  it("refuses a taken e-mail or employee code naming the holder, and anyone but an admin", async () => {
    const first = await newPerson({ name: "Người giữ mã trước" });
    const holder = await testDb.prisma.user.findUniqueOrThrow({ where: { id: first.id } });
    await expect(newPerson({ employeeCode: holder.employeeCode! })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { employeeCode: [expect.anything()] },
      message: expect.stringContaining("Người giữ mã trước"),
    });
    await expect(newPerson({ email: holder.email })).rejects.toMatchObject({ code: "CONFLICT" });
    const before = await testDb.prisma.event.count({ where: { kind: "USER_CHANGED" } });
    await expect(
      createPerson(
        tree.people.hanoiHead.actor,
        {
          name: "Không được tạo",
          email: "x@test.bhxh.vn",
          employeeCode: code(),
          title: "",
          position: "STAFF",
          roles: ["STAFF"],
          unitId: tree.units.dongDa.id,
        },
        now,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      updatePerson(tree.people.tccb.actor, { userId: first.id, name: "Đổi tên trái phép" }, now),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await testDb.prisma.event.count({ where: { kind: "USER_CHANGED" } })).toBe(before);
  });

  it("moves a person only once every open step is handed over, each as a STEP_REASSIGNED event", async () => {
    const { id } = await newPerson();
    const person = await testDb.prisma.user.findUniqueOrThrow({ where: { id } });
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [
        {
          owner: person,
          deadline: new Date("2026-11-10T10:00:00Z"),
          status: "DONE",
          completedAt: new Date("2026-11-09T03:00:00Z"),
        },
        { owner: person, deadline: new Date("2026-12-10T10:00:00Z"), status: "IN_PROGRESS" },
        { owner: person, deadline: new Date("2026-12-20T10:00:00Z"), status: "PENDING" },
      ],
    });
    const [, doing, later] = task.steps;
    const move = (handovers: { stepId: string; toUserId: string }[]) =>
      movePerson(admin.actor, { userId: id, unitId: tree.units.daNang.id, handovers }, now);
    await expect(move([{ stepId: doing.id, toUserId: tree.people.dongDaStaff.id }])).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("2 khâu"),
      fieldErrors: { handovers: [expect.anything()] },
    });
    await expect(
      move([
        { stepId: doing.id, toUserId: id },
        { stepId: later.id, toUserId: tree.people.dongDaStaff.id },
      ]),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id } })).unitId).toBe(tree.units.dongDa.id);

    const result = await move([
      { stepId: doing.id, toUserId: tree.people.dongDaStaff.id },
      { stepId: later.id, toUserId: tree.people.dongDaHead.id },
    ]);
    expect(result.stepsHandedOver).toBe(2);
    const steps = await testDb.prisma.taskStep.findMany({ where: { taskId: task.id }, orderBy: { order: "asc" } });
    expect(steps.map((s) => [s.ownerId, s.status])).toEqual([
      [id, "DONE"],
      [tree.people.dongDaStaff.id, "TODO"],
      [tree.people.dongDaHead.id, "PENDING"],
    ]);
    const handed = await testDb.prisma.event.findMany({ where: { taskId: task.id, kind: "STEP_REASSIGNED" } });
    expect(handed).toHaveLength(2);
    expect(handed[0].reason).toMatch(/chuyển công tác/);
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id } })).unitId).toBe(tree.units.daNang.id);
    expect((await personEvents(id)).at(-1)?.payload).toMatchObject({
      op: "MOVED",
      previous: { unitId: tree.units.dongDa.id },
      user: { unitId: tree.units.daNang.id },
      stepsHandedOver: 2,
    });
  });

  it("deactivates a person after handover, never deletes them, refuses deactivating oneself, and reactivates", async () => {
    const { id } = await newPerson();
    await setPersonActive(admin.actor, { userId: id, handovers: [], active: false }, now);
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { id } });
    expect(row.isActive).toBe(false);
    await expect(setPersonActive(admin.actor, { userId: id, handovers: [], active: false }, now)).rejects.toMatchObject(
      { code: "INVALID_STATE" },
    );
    await expect(
      setPersonActive(admin.actor, { userId: admin.id, handovers: [], active: false }, now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await setPersonActive(admin.actor, { userId: id, handovers: [], active: true }, now);
    expect((await personEvents(id)).map((e) => (e.payload as { op: string }).op)).toEqual([
      "CREATED",
      "DEACTIVATED",
      "REACTIVATED",
    ]);
  });
});
