import { describe, expect, it } from "vitest";
import { executeAction } from "../../../lib/actions/create-action";
import { setLocaleAction } from "../../../lib/actions/profile/set-locale-action";
import { returnStepAction } from "../../../lib/actions/steps/return-step-action";
import { toCurrentActor } from "../../../lib/server/auth/to-current-actor";
import { createTask } from "../../factories/create-task";
import { createUnitTree } from "../../factories/create-unit-tree";
import { testDb } from "../../support/use-test-db";

const now = new Date("2026-11-18T03:00:00Z");
const later = new Date("2026-11-27T16:59:59.999Z");

async function actorOf(id: string) {
  const user = await testDb.prisma.user.findUniqueOrThrow({
    where: { id },
    include: { unit: { select: { name: true, path: true } } },
  });
  return toCurrentActor(user);
}

describe("each person reads the product in their own language", () => {
  it("saves the choice on the person's own row only, and words their refusals in it from then on", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.dongDaStaff;
    const task = await createTask(testDb.prisma, {
      leadUnitId: tree.units.dongDa.id,
      assignerId: tree.people.dongDaHead.id,
      steps: [{ owner: staff, deadline: later, status: "IN_PROGRESS" }],
    });
    const step = task.steps[0];
    const refused = { stepId: step.id, expectedVersion: "0", reason: "ngắn" };

    const before = await executeAction(returnStepAction.definition, await actorOf(staff.id), refused, now);
    expect(before).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: "Thông tin nhập chưa hợp lệ, xem các ô được đánh dấu.",
    });
    expect(before.ok || before.fieldErrors).toEqual({
      expectedVersion: ["Phiên bản khâu (expectedVersion) phải là một số."],
      reason: ["Nêu lý do (ít nhất 10 ký tự)."],
    });

    const saved = await executeAction(setLocaleAction.definition, await actorOf(staff.id), { locale: "en" }, now);
    expect(saved).toEqual({ ok: true, data: { locale: "en" } });
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).locale).toBe("en");
    expect(
      (await testDb.prisma.user.findUniqueOrThrow({ where: { id: tree.people.dongDaHead.id } })).locale,
    ).toBeNull();

    const after = await executeAction(returnStepAction.definition, await actorOf(staff.id), refused, now);
    expect(after).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: "Some of what you entered is not valid; see the marked fields.",
    });
    expect(after.ok || after.fieldErrors).toEqual({
      expectedVersion: ["The step version (expectedVersion) must be a number."],
      reason: ["Give a reason (at least 10 characters)."],
    });
    expect(await testDb.prisma.event.count({ where: { taskId: task.id, kind: { not: "TASK_CREATED" } } })).toBe(0);
  });

  it("refuses a language it has no catalog for, in the asker's language", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const staff = tree.people.dongDaStaff;
    await testDb.prisma.user.update({ where: { id: staff.id }, data: { locale: "en" } });
    for (const locale of ["fr", "EN", "", null, 1, ["en"]]) {
      const result = await executeAction(setLocaleAction.definition, await actorOf(staff.id), { locale }, now);
      expect(result).toMatchObject({
        ok: false,
        code: "INVALID_INPUT",
        fieldErrors: { locale: ["Choose vi (Vietnamese) or en (English)."] },
      });
    }
    expect((await testDb.prisma.user.findUniqueOrThrow({ where: { id: staff.id } })).locale).toBe("en");
  });

  it("takes the browser's choice for a person who has not chosen", async () => {
    const tree = await createUnitTree(testDb.prisma);
    const user = await testDb.prisma.user.findUniqueOrThrow({
      where: { id: tree.people.dongDaStaff.id },
      include: { unit: { select: { name: true, path: true } } },
    });
    expect(toCurrentActor(user).locale).toBe("vi");
    expect(toCurrentActor(user, "en").locale).toBe("en");
    expect(toCurrentActor({ ...user, locale: "vi" }, "en").locale).toBe("vi");
  });
});
