import { beforeAll, describe, expect, it } from "vitest";
import { taskScopeWhere } from "../../../lib/server/access/task-scope";
import { findInspectedTasks, getInspectedTaskOrThrow } from "../../../lib/server/inspections/find-inspected-tasks";
import { updateInspection } from "../../../lib/server/inspections/update-inspection";
import { createTask } from "../../factories/create-task";
import {
  createInspectionTree,
  type TInspectionTree,
  createSurpriseInspection,
} from "../../factories/create-inspection-tree";
import { testDb } from "../../support/use-test-db";

const created = new Date("2026-11-16T02:00:00Z");
const started = new Date("2026-11-17T02:00:00Z");
const now = new Date("2026-11-18T03:00:00Z");
const day = 24 * 3600 * 1000;

describe("during an inspection the team reads the inspected unit's work exactly as its head can", () => {
  let tree: TInspectionTree;
  let id: string;
  const tasks: Record<string, string> = {};

  beforeAll(async () => {
    tree = await createInspectionTree(testDb.prisma);
    const { dongDaHead, dongDaStaff, hbtHead, hbtStaff, hanoiHead } = tree.people;
    const task = async (leadUnitId: string, assignerId: string, owner: { id: string; unitId: string }) =>
      (
        await createTask(testDb.prisma, {
          leadUnitId,
          assignerId,
          steps: [{ owner, deadline: new Date(now.getTime() + 5 * day) }],
        })
      ).id;
    tasks.dongDa = await task(tree.units.dongDa.id, dongDaHead.id, dongDaStaff);
    // Led by the province, with a step owned in Đống Đa: the head of Đống Đa sees it too.
    tasks.provinceWithDongDaStep = await task(tree.units.hanoi.id, hanoiHead.id, dongDaStaff);
    tasks.sibling = await task(tree.units.haiBaTrung.id, hbtHead.id, hbtStaff);
    tasks.province = await task(tree.units.hanoi.id, hanoiHead.id, hanoiHead);
    ({ id } = await createSurpriseInspection(tree, created, {
      subject: "Cá thể hóa trách nhiệm từng khâu theo 1251/BHXH-TCCB",
    }));
  });

  it("refuses the team before the inspection starts", async () => {
    await expect(findInspectedTasks(tree.people.member.actor, id, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  describe("once started", () => {
    beforeAll(async () => {
      await updateInspection(tree.people.lead.actor, id, { status: "IN_PROGRESS" }, started);
    });

    it("lists for a member exactly the tasks the inspected unit's head may see, among this tree's", async () => {
      const mine = new Set(Object.values(tasks));
      const headSees = await testDb.prisma.task.findMany({
        where: taskScopeWhere(tree.people.dongDaHead.actor),
        select: { id: true },
      });
      const teamSees = await findInspectedTasks(tree.people.member.actor, id, now);
      const ours = (ids: string[]) => ids.filter((t) => mine.has(t)).sort();
      expect(ours(teamSees.map((t) => t.id))).toEqual(ours(headSees.map((t) => t.id)));
      expect(ours(teamSees.map((t) => t.id))).toEqual([tasks.dongDa, tasks.provinceWithDongDaStep].sort());
    });

    it("opens one of the unit's tasks for the lead, and not a sibling district's or the province's own", async () => {
      const { lead } = tree.people;
      await expect(getInspectedTaskOrThrow(lead.actor, id, tasks.dongDa, now)).resolves.toMatchObject({
        id: tasks.dongDa,
      });
      await expect(getInspectedTaskOrThrow(lead.actor, id, tasks.sibling, now)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(getInspectedTaskOrThrow(lead.actor, id, tasks.province, now)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    });

    it("gives an inspector outside the team nothing (404), and TCCB no reading through the inspection", async () => {
      await expect(findInspectedTasks(tree.people.otherInspector.actor, id, now)).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(findInspectedTasks(tree.people.tccb.actor, id, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("ends the team's reading when the inspection is concluded", async () => {
      const concludedAt = new Date(now.getTime() + day);
      await testDb.prisma.inspection.update({ where: { id }, data: { status: "CONCLUDED", concludedAt } });
      await expect(
        findInspectedTasks(tree.people.member.actor, id, new Date(concludedAt.getTime() + 1)),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    });
  });
});
