import { beforeAll, describe, expect, it } from "vitest";
import type { TSaveTemplate } from "../../../lib/schemas/template";
import { createTemplate } from "../../../lib/server/templates/create-template";
import { deleteTemplate } from "../../../lib/server/templates/delete-template";
import { findTemplates } from "../../../lib/server/templates/find-templates";
import { getTemplateOrThrow } from "../../../lib/server/templates/get-template-or-throw";
import { reactivateTemplate } from "../../../lib/server/templates/reactivate-template";
import { updateTemplate } from "../../../lib/server/templates/update-template";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { createUser } from "../../factories/create-user";
import { unique } from "../../factories/unique";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");

describe("process templates", () => {
  let tree: Awaited<ReturnType<typeof createUnitTree>>;
  let admin: Awaited<ReturnType<typeof createUser>>;
  const input = (over: Partial<TSaveTemplate> = {}): TSaveTemplate => ({
    name: `Quy trình ${unique()}`,
    description: "Tiếp nhận, xử lý, phê duyệt.",
    steps: [
      { name: "Tiếp nhận", kind: "RECEIVE", defaultDurationDays: 1 },
      { name: "Xử lý, dự thảo", kind: "HANDLE", defaultDurationDays: 5 },
      { name: "Phê duyệt", kind: "APPROVE", defaultDurationDays: 2 },
    ],
    ...over,
  });
  const templateEvents = (templateId: string) =>
    testDb.prisma.event.findMany({
      where: { kind: "TEMPLATE_CHANGED", payload: { path: ["templateId"], equals: templateId } },
      orderBy: { seq: "asc" },
    });
  const stepsOf = (templateId: string) =>
    testDb.prisma.processTemplateStep.findMany({ where: { templateId }, orderBy: { order: "asc" } });

  beforeAll(async () => {
    tree = await createUnitTree(testDb.prisma);
    admin = await createUser(testDb.prisma, tree.units.root, { roles: ["STAFF", "ADMIN"] });
  });

  it("gives a head's template to their unit and records TEMPLATE_CHANGED", async () => {
    const data = input();
    const { id } = await createTemplate(tree.people.hanoiHead.actor, data, now);
    const row = await testDb.prisma.processTemplate.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: data.name, unitId: tree.units.hanoi.id, isActive: true });
    expect((await stepsOf(id)).map((s) => [s.order, s.name, s.kind, s.defaultDurationDays])).toEqual([
      [1, "Tiếp nhận", "RECEIVE", 1],
      [2, "Xử lý, dự thảo", "HANDLE", 5],
      [3, "Phê duyệt", "APPROVE", 2],
    ]);
    const events = await templateEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: tree.people.hanoiHead.id,
      at: now,
      payload: { op: "CREATED", unitId: tree.units.hanoi.id, name: data.name },
    });
  });

  it("makes an admin's template sector-wide", async () => {
    const { id } = await createTemplate(admin.actor, input(), now);
    expect((await testDb.prisma.processTemplate.findUniqueOrThrow({ where: { id } })).unitId).toBeNull();
  });

  it.each([
    ["staff", "dongDaStaff"],
    ["TCCB", "tccb"],
  ] as const)("refuses to let %s create one", async (_label, who) => {
    await expect(createTemplate(tree.people[who].actor, input(), now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("replaces the steps in their new order on update", async () => {
    const { id } = await createTemplate(tree.people.hanoiHead.actor, input(), now);
    const steps = [
      { name: "Phê duyệt", kind: "APPROVE" as const, defaultDurationDays: 2 },
      { name: "Tiếp nhận", kind: "RECEIVE" as const, defaultDurationDays: 3 },
    ];
    await updateTemplate(
      tree.people.hanoiHead.actor,
      { templateId: id, name: "Quy trình rút gọn", description: "", steps },
      now,
    );
    expect((await stepsOf(id)).map((s) => [s.order, s.name, s.defaultDurationDays])).toEqual([
      [1, "Phê duyệt", 2],
      [2, "Tiếp nhận", 3],
    ]);
    expect((await templateEvents(id)).map((e) => (e.payload as { op: string }).op)).toEqual(["CREATED", "UPDATED"]);
  });

  it.each([
    ["a head, a sector-wide template", "hanoiHead", "admin", "FORBIDDEN"],
    ["a head, another province's template", "daNangHead", "hanoiHead", "NOT_FOUND"],
    ["a district head, the province's template", "dongDaHead", "hanoiHead", "FORBIDDEN"],
    ["staff, their unit's template", "dongDaStaff", "dongDaHead", "FORBIDDEN"],
  ] as const)("refuses %s", async (_label, who, owner, code) => {
    const ownerActor = owner === "admin" ? admin.actor : tree.people[owner].actor;
    const { id } = await createTemplate(ownerActor, input(), now);
    const actor = tree.people[who].actor;
    await expect(updateTemplate(actor, { ...input(), templateId: id }, now)).rejects.toMatchObject({ code });
    await expect(deleteTemplate(actor, { templateId: id }, now)).rejects.toMatchObject({ code });
    expect(await templateEvents(id)).toHaveLength(1);
  });

  it("lets an admin fix a unit's template", async () => {
    const { id } = await createTemplate(tree.people.daNangHead.actor, input(), now);
    await expect(updateTemplate(admin.actor, { ...input(), templateId: id }, now)).resolves.toEqual({ id });
  });

  it("deletes an unused template", async () => {
    const { id } = await createTemplate(tree.people.hanoiHead.actor, input(), now);
    await expect(deleteTemplate(tree.people.hanoiHead.actor, { templateId: id }, now)).resolves.toEqual({
      id,
      outcome: "DELETED",
    });
    expect(await testDb.prisma.processTemplate.count({ where: { id } })).toBe(0);
    expect((await templateEvents(id)).map((e) => (e.payload as { op: string }).op)).toEqual(["CREATED", "DELETED"]);
  });

  it("only deactivates a template that tasks use, and can reactivate it", async () => {
    const { id } = await createTemplate(tree.people.hanoiHead.actor, input(), now);
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.hanoi.id,
      assignerId: tree.people.hanoiHead.id,
      steps: [{ owner: tree.people.hanoiHead, deadline: now }],
    });
    await testDb.prisma.task.update({ where: { id: task.id }, data: { templateId: id } });
    await expect(deleteTemplate(tree.people.hanoiHead.actor, { templateId: id }, now)).resolves.toEqual({
      id,
      outcome: "DEACTIVATED",
    });
    expect((await testDb.prisma.processTemplate.findUniqueOrThrow({ where: { id } })).isActive).toBe(false);
    await reactivateTemplate(tree.people.hanoiHead.actor, { templateId: id }, now);
    expect((await testDb.prisma.processTemplate.findUniqueOrThrow({ where: { id } })).isActive).toBe(true);
    await expect(reactivateTemplate(tree.people.hanoiHead.actor, { templateId: id }, now)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect((await templateEvents(id)).map((e) => (e.payload as { op: string }).op)).toEqual([
      "CREATED",
      "DEACTIVATED",
      "REACTIVATED",
    ]);
  });

  it("lists what a head may use or manage, saying which they may edit", async () => {
    const own = await createTemplate(tree.people.hanoiHead.actor, input(), now);
    const below = await createTemplate(tree.people.dongDaHead.actor, input(), now);
    const elsewhere = await createTemplate(tree.people.daNangHead.actor, input(), now);
    const shared = await createTemplate(admin.actor, input(), now);
    const list = await findTemplates(tree.people.hanoiHead.actor, {}, now);
    const byId = new Map(list.map((t) => [t.id, t]));
    expect(byId.get(own.id)?.canEdit).toBe(true);
    expect(byId.get(below.id)?.canEdit).toBe(false);
    expect(byId.get(shared.id)?.canEdit).toBe(false);
    expect(byId.has(elsewhere.id)).toBe(false);
    const forDistrict = new Set((await findTemplates(tree.people.dongDaStaff.actor, {}, now)).map((t) => t.id));
    expect([
      forDistrict.has(own.id),
      forDistrict.has(below.id),
      forDistrict.has(shared.id),
      forDistrict.has(elsewhere.id),
    ]).toEqual([true, true, true, false]);
  });

  it("pages the list by keyset in its order, active first, with the status filter applied in SQL", async () => {
    const inactive = await createTemplate(admin.actor, input(), now);
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.hanoi.id,
      assignerId: tree.people.hanoiHead.id,
      steps: [{ owner: tree.people.hanoiHead, deadline: now }],
    });
    await testDb.prisma.task.update({ where: { id: task.id }, data: { templateId: inactive.id } });
    await deleteTemplate(admin.actor, { templateId: inactive.id }, now);
    await createTemplate(admin.actor, input(), now);
    const whole = await findTemplates(admin.actor, {}, now);
    expect(whole.some((t) => !t.isActive)).toBe(true);
    for (const status of ["all", "active", "inactive"] as const) {
      const paged: string[] = [];
      let after: { a: boolean; n: string; i: string } | null = null;
      for (;;) {
        const page = await findTemplates(admin.actor, { status, after, take: 2 }, now);
        paged.push(...page.map((t) => t.id));
        if (page.length < 2) break;
        const last = page[page.length - 1];
        after = { a: last.isActive, n: last.name, i: last.id };
      }
      const expected = whole.filter((t) => status === "all" || t.isActive === (status === "active")).map((t) => t.id);
      // Other test files share the database and may add templates between the reads: every
      // template of the first read comes once, in the same order, and nothing comes twice.
      const known = new Set(expected);
      expect(new Set(paged).size).toBe(paged.length);
      expect(paged.filter((id) => known.has(id))).toEqual(expected);
    }
  });

  it("opens a template for editing only for those who may edit it", async () => {
    const { id } = await createTemplate(tree.people.hanoiHead.actor, input(), now);
    await expect(getTemplateOrThrow(tree.people.hanoiHead.actor, { templateId: id }, now)).resolves.toMatchObject({
      id,
      taskCount: 0,
    });
    await expect(getTemplateOrThrow(tree.people.daNangHead.actor, { templateId: id }, now)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      getTemplateOrThrow(admin.actor, { templateId: "00000000-0000-4000-8000-000000000000" }, now),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
